import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/driver.ts';
import { lookup } from './support/geo.ts';
import { mapHooks } from './support/map-hooks.ts';

/** A filter that leaves a few small municipalities: each is named, and none hides under a panel. */
describe('the municipalities a filter leaves', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('are named first, and fitted beside the open statistics', async () => {
    await app.given.app('?lang=nl');
    await app.page.locator('[data-panel="stats"]').click();
    await app.page.waitForSelector('.stage .about');
    await app.when.selectFilter('Thema', 'Mediawijsheid');
    const map = mapHooks(app.page);
    // The map's features are the pieces of land of 2019–2024 (src/domain/land.ts): a municipality
    // the 2025 mergers left as it was is its own piece; the merged ones are asked by their parts.
    const all = lookup().municipalities.filter((m) => !m.former.some((f) => f.until === '2024-12-31'));
    const matched = (await map.classes(all.map((m) => m.nis))).filter((c) => c.match).map((c) => c.nis);
    expect(matched.length).toBeGreaterThan(0);
    expect(matched.length).toBeLessThan(10);
    const names = all.filter((m) => matched.includes(m.nis)).map((m) => m.names.nl);
    await expect.poll(() => map.renderedLabels('matched-labels')).toEqual(expect.arrayContaining(names));
    // Each one's label point lies in the part of the map the panel leaves free.
    const panel = await app.page.locator('.stage .about').boundingBox();
    const canvas = await app.page.locator('[data-testid="map"] canvas').boundingBox();
    if (!panel || !canvas) throw new Error('no panel or canvas');
    for (const m of all.filter((x) => matched.includes(x.nis))) {
      const point = await map.project(m.label as [number, number]);
      expect(canvas.x + point.x, m.names.nl).toBeLessThan(panel.x);
      expect(point.x, m.names.nl).toBeGreaterThan(0);
    }
    app.then.pageIsClean();
  });
});
