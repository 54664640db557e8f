import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/chromium.ts';
import { countGeojsonUploads } from '../../tests/e2e/support/uploads.ts';

export const launchBenchBrowser = (): Promise<Browser> => launchChromium(['--js-flags=--expose-gc']);

export type Profile = 'desktop' | 'phone';

/** The phone profile: a 390×844 touch screen, CPU 4× slower, 9 Mbit/s both ways, 150 ms RTT. */
export const PHONE = { cpuSlowdown: 4, mbitPerS: 9, rttMs: 150 };

const CONTEXTS: Record<Profile, BrowserContextOptions> = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

/**
 * A fresh page; reduced motion makes camera moves instant so latencies measure rendering.
 * `onForeign` hears of every request that leaves the page's origin (none is expected).
 */
export async function openPage(
  browser: Browser,
  url: string,
  profile: Profile = 'desktop',
  onForeign?: (url: string) => void,
): Promise<Page> {
  const context = await browser.newContext({ ...CONTEXTS[profile], reducedMotion: 'reduce', locale: 'en-GB' });
  await countGeojsonUploads(context);
  const page = await context.newPage();
  const origin = new URL(url).origin;
  context.on('request', (request) => {
    const target = new URL(request.url());
    if (target.origin !== origin && !['data:', 'blob:'].includes(target.protocol)) onForeign?.(request.url());
  });
  if (profile === 'phone') {
    // Through CDP, before navigation; the page's session also throttles its workers' fetches.
    const cdp = await context.newCDPSession(page);
    const bytesPerS = (PHONE.mbitPerS * 1e6) / 8;
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.rttMs,
      downloadThroughput: bytesPerS,
      uploadThroughput: bytesPerS,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  }
  await page.goto(url);
  return page;
}

export async function markTime(page: Page, name: string, timeoutMs = 120_000): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: timeoutMs });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN, name);
}

/** The mark's time as Date.now() would have given it, to compare with the server's log. */
export const markEpoch = (page: Page, markMs: number): Promise<number> =>
  page.evaluate((ms) => performance.timeOrigin + ms, markMs);

export const idleCount = (page: Page) =>
  page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idleCount ?? 0));
