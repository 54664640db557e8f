import type { Browser, Page } from 'playwright-core';
import { CHOROPLETH_MARK } from '../../src/map/sync.ts';
import { markTime, openPage } from './browser.ts';
import { round } from './stats.ts';

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

const SEARCHES = ['Gent', 'Namur', 'Luik', 'Eupen', 'Hasselt', 'Brugge', 'Mons', 'Arlon'];
const LANGUAGES = ['nl', 'fr', 'de', 'en'];
const PROVINCES = ['70000', '90000', '', '10000', '50000'];
const STATUSES = ['municipal', 'zonal', 'none', ''];

/** JS heap after `count` interactions against after load, both after forced GC. */
export async function measureMemory(browser: Browser, base: string, count: number) {
  const page = await openPage(browser, `${base}?lang=en`);
  await markTime(page, CHOROPLETH_MARK);
  await page.waitForTimeout(500);
  const before = await heapAfterGc(page);
  const selects = page.locator('.filters select');
  const checkpoints: { after: number; mb: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % 100 === 0) checkpoints.push({ after: i, mb: round((await heapAfterGc(page)) / 1e6, 1) });
    const step = i % 5;
    if (step === 0) await selects.nth(1).selectOption(PROVINCES[i % PROVINCES.length] ?? '');
    if (step === 1) await selects.nth(3).selectOption(STATUSES[i % STATUSES.length] ?? '');
    if (step === 2) {
      const search = page.locator('input[role="combobox"]');
      await search.fill(SEARCHES[i % SEARCHES.length] ?? '');
      await search.press('ArrowDown');
      await search.press('Enter');
    }
    if (step === 3) await page.locator('.language select').selectOption(LANGUAGES[i % LANGUAGES.length] ?? 'en');
    if (step === 4) await page.locator('.actions button').first().click();
  }
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1500);
  const after = await heapAfterGc(page);
  await page.context().close();
  return {
    interactions: count,
    heapAfterLoadMB: round(before / 1e6, 1),
    heapAfterMB: round(after / 1e6, 1),
    growth: round(after / before - 1, 3),
    checkpoints,
  };
}
