import type { Browser } from 'playwright-core';
import { CHOROPLETH_MARK } from '../../src/state/startup.ts';
import { geojsonUploads } from '../../tests/e2e/support/uploads.ts';
import { idleCount, markTime, openPage } from './browser.ts';
import { median, quantile, round } from './stats.ts';

const PROVINCES = ['70000', '90000', '10000', '50000', '', '40000', '60000', '04000', '20001', '80000'];

/** Filter change → next idle, against one triggerRepaint → idle on the same page. */
export async function measureFilter(browser: Browser, base: string, changes: number) {
  const page = await openPage(browser, `${base}?lang=en&bench`);
  await markTime(page, CHOROPLETH_MARK);
  await page.evaluate(() => {
    const w = window as unknown as { __since?: number; __latencies: number[] };
    w.__latencies = [];
    const map = document.querySelector('[data-testid="map"]');
    if (!map) return;
    new MutationObserver(() => {
      if (w.__since === undefined) return;
      w.__latencies.push(performance.now() - w.__since);
      w.__since = undefined;
    }).observe(map, { attributes: true, attributeFilter: ['data-idle-count'] });
  });
  const cycle = async (start: () => Promise<void>) => {
    const before = await idleCount(page);
    await page.evaluate(() => {
      (window as unknown as { __since?: number }).__since = performance.now();
    });
    await start();
    await page.waitForFunction(
      (n) => Number(document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idleCount) > n,
      before,
    );
  };
  for (let i = 0; i < 20; i++) {
    await cycle(() =>
      page.evaluate(() => (window as unknown as { livcrBench: { repaint: () => void } }).livcrBench.repaint()),
    );
  }
  const repaint = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies.splice(0));
  const uploadsBefore = await geojsonUploads(page);
  const province = page.getByLabel('Province', { exact: true });
  for (let i = 0; i < changes; i++) {
    await cycle(async () => {
      await province.selectOption(PROVINCES[i % PROVINCES.length] ?? '');
    });
  }
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  const uploads = (await geojsonUploads(page)) - uploadsBefore;
  await page.context().close();
  return {
    medianMs: round(median(latencies), 1),
    p95Ms: round(quantile(latencies, 0.95), 1),
    repaintMedianMs: round(median(repaint), 1),
    ratio: round(median(latencies) / median(repaint)),
    uploadsPerChange: round(uploads / changes, 3),
    changes,
  };
}
