import type { BrowserContext, Page } from 'playwright-core';

/**
 * Counts geometry uploads from outside the app: MapLibre sends GeoJSON to its worker as 'LD'
 * (loadData) messages, so every setData or source reload shows up here.
 */
export async function countGeojsonUploads(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const original = Worker.prototype.postMessage;
    const counter = window as unknown as { __geojsonUploads: number };
    counter.__geojsonUploads = 0;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: [StructuredSerializeOptions?]) {
      if ((message as { type?: string } | null)?.type === 'LD') counter.__geojsonUploads += 1;
      return original.call(this, message, ...rest);
    } as typeof original;
  });
}

export const geojsonUploads = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __geojsonUploads: number }).__geojsonUploads);
