import type { Browser } from 'playwright-core';
import { CHOROPLETH_MARK } from '../../src/map/sync.ts';
import { markTime, openPage } from './browser.ts';
import { median, round } from './stats.ts';

/** Navigation → first complete choropleth, app vs. the bare floor page, run alternately. */
export async function measureLoad(browser: Browser, base: string, runs: number) {
  const app: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const);
    for (const which of order) {
      const page = await openPage(browser, which === 'app' ? `${base}?lang=en` : `${base}__floor/`);
      const time = await markTime(page, which === 'app' ? CHOROPLETH_MARK : 'floor:idle');
      (which === 'app' ? app : floor).push(time);
      await page.context().close();
    }
  }
  const ratios = app.map((a, i) => a / (floor[i] ?? Number.NaN));
  return {
    appMedianMs: round(median(app), 0),
    floorMedianMs: round(median(floor), 0),
    ratio: round(median(ratios)),
    runs,
  };
}
