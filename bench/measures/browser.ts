import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/chromium.ts';
import { countGeojsonUploads } from '../../tests/e2e/support/uploads.ts';

export const launchBenchBrowser = (): Promise<Browser> => launchChromium(['--js-flags=--expose-gc']);

/** A fresh page; reduced motion makes camera moves instant so latencies measure rendering. */
export async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    locale: 'en-GB',
  });
  await countGeojsonUploads(context);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

export async function markTime(page: Page, name: string, timeoutMs = 60_000): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: timeoutMs });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN, name);
}

export const idleCount = (page: Page) =>
  page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idleCount ?? 0));
