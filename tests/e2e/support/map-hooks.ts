import type { Page } from 'playwright-core';
import type { MapTestHooks } from '../../../src/map/testHooks.ts';

type Hooks = { livcrMap: MapTestHooks };

/** The map's read-only test hooks (src/map/testHooks.ts), from the page. */
export const mapHooks = (page: Page) => ({
  renderedLabels: (layer: string) =>
    page.evaluate((l) => (window as unknown as Hooks).livcrMap.renderedLabels(l), layer),
  renderedIds: (layer: string, box?: [[number, number], [number, number]]) =>
    page.evaluate(([l, b]) => (window as unknown as Hooks).livcrMap.renderedIds(l, b), [layer, box] as const),
  hovered: () => page.evaluate(() => (window as unknown as Hooks).livcrMap.hovered()),
  camera: () => page.evaluate(() => (window as unknown as Hooks).livcrMap.camera()),
  /**
   * The camera once it has come to rest and the link has been written, read together in one
   * evaluation: the camera and the link cannot change between the two reads.
   */
  settled: () =>
    page.evaluate(() => {
      const hooks = (window as unknown as Hooks).livcrMap;
      const pending = document.documentElement.dataset.urlPending === 'true';
      return {
        ...hooks.camera(),
        at: new URL(location.href).searchParams.get('at'),
        rest: !pending && !hooks.moving(),
      };
    }),
  layerIds: () => page.evaluate(() => (window as unknown as Hooks).livcrMap.layerIds()),
  project: (lngLat: [number, number]) => page.evaluate((p) => (window as unknown as Hooks).livcrMap.project(p), lngLat),
  classes: (nis: string[]) => page.evaluate((l) => (window as unknown as Hooks).livcrMap.classes(l), nis),
  outreach: (nis: string[]) => page.evaluate((l) => (window as unknown as Hooks).livcrMap.outreach(l), nis),
});
