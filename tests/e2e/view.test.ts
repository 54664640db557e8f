import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/i18n/locales/en.ts';
import { formatCamera } from '../../src/state/url.ts';
import { AppDriver } from './support/driver.ts';
import { insidePoint, lookup, pixelOf } from './support/geo.ts';
import { mapHooks } from './support/map-hooks.ts';

const BELGIUM: [number, number, number, number] = [2.54, 49.49, 6.41, 51.51];
const atOf = (url: string) => new URL(url).searchParams.get('at');

describe('moving around the map', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('puts the view a person moved to in the link, reopens it, and goes back to the whole of Belgium', async () => {
    await app.given.app('?lang=en');
    const map = mapHooks(app.page);
    const whole = await map.camera();
    expect(atOf(app.page.url())).toBeNull();
    const box = await app.page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('the map has no box');
    await app.waitForIdleAfter(async () => {
      await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await app.page.mouse.down();
      await app.page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 - 80, { steps: 8 });
      await app.page.mouse.up();
    });
    await app.waitForIdleAfter(() => app.page.locator('.maplibregl-ctrl-zoom-in').click());
    // The link is written a moment after the map stops (debounced), once the zoom's easing ends:
    // wait until the camera is at rest and the link holds it, both read in one evaluation.
    await expect
      .poll(
        async () => {
          const now = await map.settled();
          return now.rest && now.at === formatCamera(now);
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const moved = await map.settled();
    expect(moved.rest).toBe(true);
    expect(moved.at).toBe(formatCamera(moved));

    await app.when.reload();
    // The link's view, as written, is the view the page reopens.
    const reopened = await map.camera();
    expect(formatCamera(reopened)).toBe(moved.at);

    await app.waitForIdleAfter(() => app.page.getByRole('button', { name: 'Whole of Belgium' }).click());
    await expect.poll(() => atOf(app.page.url()), { timeout: 15_000 }).toBeNull();
    expect((await map.camera()).zoom).toBeCloseTo(whole.zoom, 0);
    app.then.pageIsClean();
  }, 180_000); // two loads and four camera moves

  it('describes the municipality under the pointer: name, coverage and police zone', async () => {
    await app.given.app('?lang=en');
    const nis = ['82039', '92094', '63079'].find((code) => insidePoint(code));
    const point = nis ? insidePoint(nis) : undefined;
    if (!nis || !point) throw new Error('no municipality with its bbox centre inside it');
    const box = await app.page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('the map has no box');
    const at = pixelOf(point, BELGIUM, box, 16);
    await app.page.mouse.move(box.x + at.x, box.y + at.y);
    const tooltip = app.page.locator('.map-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const m = lookup().municipalities.find((x) => x.nis === nis);
    const zone = lookup().zones.find((z) => z.id === m?.zone);
    expect(await tooltip.locator('.map-tooltip-name').textContent()).toBe(m?.names.fr);
    // Which class it is depends on the public facts; it must be one of the legend's six.
    expect(Object.values(en.coverage)).toContain(await tooltip.locator('.map-tooltip-status').textContent());
    expect(await tooltip.locator('.map-tooltip-zone').textContent()).toBe(`Police zone: ${zone?.names.fr}`);
    app.then.pageIsClean();
  });

  it('outlines the selected municipality in its own layer, above every border', async () => {
    await app.given.app('?lang=en&m=21001');
    await app.then.detailsShow('Anderlecht');
    const map = mapHooks(app.page);
    await expect.poll(() => map.renderedIds('municipality-selected'), { timeout: 20_000 }).toContain('21001');
    expect(new Set(await map.renderedIds('municipality-selected'))).toEqual(new Set(['21001']));
    const layers = await map.layerIds();
    const above = (a: string, b: string) => layers.indexOf(a) > layers.indexOf(b);
    expect(above('municipality-selected', 'province-borders')).toBe(true);
    expect(above('municipality-selected', 'zone-borders')).toBe(true);
    expect(above('municipality-labels', 'municipality-selected')).toBe(true);
    expect(above('municipalities-fill', 'context-land')).toBe(true);
    app.then.pageIsClean();
  });
});
