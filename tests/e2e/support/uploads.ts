import type { BrowserContext, Page } from 'playwright-core';
import { SOURCES } from '../../../src/map/layers.ts';

/**
 * Counts from outside the app what goes to MapLibre's workers: GeoJSON sent as 'LD' (loadData)
 * messages, so that every setData or source reload shows up, and the atlas's tiles cut again
 * ('RT', reloadTile): a tile that is cut twice on the way to the first map is work thrown away.
 */
export async function countGeojsonUploads(context: BrowserContext): Promise<void> {
  await context.addInitScript((atlas) => {
    const original = Worker.prototype.postMessage;
    const counter = window as unknown as { __geojsonUploads: number; __atlasTileReloads: number };
    counter.__geojsonUploads = 0;
    counter.__atlasTileReloads = 0;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: [StructuredSerializeOptions?]) {
      const sent = message as { type?: string; data?: { source?: string } } | null;
      if (sent?.type === 'LD') counter.__geojsonUploads += 1;
      if (sent?.type === 'RT' && sent.data?.source === atlas) counter.__atlasTileReloads += 1;
      return original.call(this, message, ...rest);
    } as typeof original;
  }, SOURCES.municipalities);
}

export const geojsonUploads = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __geojsonUploads: number }).__geojsonUploads);

export const atlasTileReloads = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __atlasTileReloads: number }).__atlasTileReloads);
