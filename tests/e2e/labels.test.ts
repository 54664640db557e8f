import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/driver.ts';
import { mapHooks } from './support/map-hooks.ts';

const LIEGE_VIEW = 'at=9.5/50.62/5.57';

describe('names on the map', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('names Hasselt and Genk when the map shows Limburg, in Dutch', async () => {
    await app.given.app('?province=70000&lang=nl');
    const map = mapHooks(app.page);
    // With a filter, the municipalities it leaves are named by their own layer, placed first.
    const named = async () => [
      ...(await map.renderedLabels('municipality-labels')),
      ...(await map.renderedLabels('matched-labels')),
    ];
    await expect.poll(named, { timeout: 20_000 }).toEqual(expect.arrayContaining(['Hasselt', 'Genk']));
    app.then.pageIsClean();
  });

  it('labels Liège "Liège" in French and "Luik" in Dutch, and MapLibre\'s buttons follow', async () => {
    await app.given.app(`?lang=fr&${LIEGE_VIEW}`);
    const map = mapHooks(app.page);
    await expect.poll(() => map.renderedLabels('municipality-labels'), { timeout: 20_000 }).toContain('Liège');
    const zoomIn = app.page.locator('.maplibregl-ctrl-zoom-in');
    expect(await zoomIn.getAttribute('title')).toBe('Zoom avant');
    expect(await app.page.locator('.livcr-ctrl-home').getAttribute('aria-label')).toBe('Toute la Belgique');

    await app.page.getByRole('combobox', { name: 'Langue' }).selectOption('nl');
    await expect.poll(() => map.renderedLabels('municipality-labels'), { timeout: 20_000 }).toContain('Luik');
    expect(await map.renderedLabels('municipality-labels')).not.toContain('Liège');
    expect(await zoomIn.getAttribute('title')).toBe('Inzoomen');
    expect(await app.page.locator('.maplibregl-ctrl-attrib-button').getAttribute('title')).toBe(
      'Bronvermelding tonen of verbergen',
    );
    app.then.pageIsClean();
  });

  it('opens with Liège labelled "Luik" with ?lang=nl', async () => {
    await app.given.app(`?lang=nl&${LIEGE_VIEW}`);
    await expect
      .poll(() => mapHooks(app.page).renderedLabels('municipality-labels'), { timeout: 20_000 })
      .toContain('Luik');
    app.then.pageIsClean();
  });

  it('names the provinces and the neighbours on the whole-country view, and zones with their borders', async () => {
    await app.given.app('?lang=de');
    const map = mapHooks(app.page);
    await expect
      .poll(() => map.renderedLabels('province-labels'), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['Limburg', 'Namur', 'Hennegau']));
    // The neighbours' names have a source of their own, fetched apart: they may come a frame later.
    // On a desk's whole-country view the neighbours on the east are named too (issue 25).
    await expect
      .poll(() => map.renderedLabels('context-names'), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['Frankreich', 'Nordsee', 'Niederlande', 'Deutschland']));
    expect(await map.renderedLabels('province-labels')).toContain('Antwerpen');
    expect(await map.renderedLabels('zone-labels')).toEqual([]);
    await app.waitForIdleAfter(() => app.page.getByLabel('Grenzen der Polizeizonen').check());
    await app.waitForIdleAfter(() => app.page.locator('.maplibregl-ctrl-zoom-in').click());
    await app.waitForIdleAfter(() => app.page.locator('.maplibregl-ctrl-zoom-in').click());
    await expect.poll(async () => (await map.renderedLabels('zone-labels')).length).toBeGreaterThan(5);
    app.then.pageIsClean();
  });
});
