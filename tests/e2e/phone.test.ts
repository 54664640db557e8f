import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver, PHONE } from './support/driver.ts';
import { lookup } from './support/geo.ts';
import { mapHooks } from './support/map-hooks.ts';

/** A phone's first screen, in Dutch and in French, with a touch screen. */
describe.each(['nl', 'fr'] as const)('the first screen of a 390×844 phone in %s', (language) => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  const open = () => app.given.app(`?lang=${language}`, { viewport: PHONE, touch: true });
  /** The element's box lies wholly inside the viewport (and is not hidden). */
  const inViewport = (selector: string) =>
    app.page.locator(selector).evaluate((element) => {
      const r = element.getBoundingClientRect();
      return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
    });

  it('shows the map, the legend and the language selector without scrolling', async () => {
    await open();
    expect(await inViewport('[data-testid="map"]')).toBe(true);
    expect(await inViewport('.legend h2')).toBe(true);
    expect(await inViewport('.legend ul')).toBe(true);
    expect(await inViewport('.language select')).toBe(true);
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    await app.then.isAccessible();
    app.then.pageIsClean();
  });

  it('reaches every header action, through the menu', async () => {
    await open();
    const names = await app.page
      .locator('[data-panel]')
      .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.panel ?? ''));
    expect(names).toEqual(['table', 'stats', 'export', 'import', 'about']);
    for (const name of names) {
      const button = app.page.locator(`[data-panel="${name}"]`);
      if (!(await button.isVisible())) await app.page.locator('.menu-toggle').click();
      expect(await inViewport(`[data-panel="${name}"]`), name).toBe(true);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      await app.page.waitForSelector(name === 'table' ? '.table-panel' : '.stage .about');
      expect(await button.isVisible(), `${name}: the menu closes once a panel is chosen`).toBe(false);
      await app.page.keyboard.press('Escape');
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    }
    app.then.pageIsClean();
  });

  it('keeps the attribution a closed ⓘ that covers no municipality', async () => {
    await open();
    const attribution = app.page.locator('.maplibregl-ctrl-attrib');
    expect(await attribution.getAttribute('class')).not.toContain('maplibregl-compact-show');
    const box = await attribution.boundingBox();
    const canvas = await app.page.locator('[data-testid="map"] canvas').boundingBox();
    if (!box || !canvas) throw new Error('no attribution or canvas on screen');
    const x = box.x - canvas.x;
    const y = box.y - canvas.y;
    const under = await mapHooks(app.page).renderedIds('municipalities-fill', [
      [x, y],
      [x + box.width, y + box.height],
    ]);
    expect(under).toEqual([]);
    app.then.pageIsClean();
  });

  it('shows no hover card after a tap on a municipality, only its details', async () => {
    await open();
    const aalst = lookup().municipalities.find((m) => m.nis === '41002');
    if (!aalst) throw new Error('no Aalst in lookup.json');
    const point = await mapHooks(app.page).project(aalst.label as [number, number]);
    const canvas = await app.page.locator('[data-testid="map"] canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    await app.page.touchscreen.tap(canvas.x + point.x, canvas.y + point.y);
    await app.then.detailsShow(aalst.names[language]);
    expect(await app.page.locator('.map-tooltip').isHidden()).toBe(true);
    app.then.pageIsClean();
  });
});
