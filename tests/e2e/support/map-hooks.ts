import type { Page } from 'playwright-core';
import type { MapTestHooks } from '../../../src/map/testHooks.ts';

type Hooks = { livcrMap: MapTestHooks };

/** The map's read-only test hooks (src/map/testHooks.ts), from the page. */
export const mapHooks = (page: Page) => ({
  renderedLabels: (layer: string) =>
    page.evaluate((l) => (window as unknown as Hooks).livcrMap.renderedLabels(l), layer),
  renderedIds: (layer: string, box?: [[number, number], [number, number]]) =>
    page.evaluate(([l, b]) => (window as unknown as Hooks).livcrMap.renderedIds(l, b), [layer, box] as const),
  camera: () => page.evaluate(() => (window as unknown as Hooks).livcrMap.camera()),
  layerIds: () => page.evaluate(() => (window as unknown as Hooks).livcrMap.layerIds()),
  project: (lngLat: [number, number]) => page.evaluate((p) => (window as unknown as Hooks).livcrMap.project(p), lngLat),
  classes: (nis: string[]) => page.evaluate((l) => (window as unknown as Hooks).livcrMap.classes(l), nis),
  outreach: (nis: string[]) => page.evaluate((l) => (window as unknown as Hooks).livcrMap.outreach(l), nis),
});
