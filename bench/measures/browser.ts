import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/chromium.ts';

export const launchBenchBrowser = (): Promise<Browser> => launchChromium(['--js-flags=--expose-gc']);

/** A fresh page; reduced motion makes camera moves instant so latencies measure rendering. */
export async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    locale: 'en-GB',
  });
  await context.addInitScript(() => {
    const original = Worker.prototype.postMessage;
    const counter = window as unknown as { __geojsonUploads: number };
    counter.__geojsonUploads = 0;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: [StructuredSerializeOptions?]) {
      if ((message as { type?: string } | null)?.type === 'LD') counter.__geojsonUploads += 1;
      return original.call(this, message, ...rest);
    } as typeof original;
  });
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
