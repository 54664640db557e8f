import { preview } from 'vite';
import { chromium } from 'playwright-core';
const root = '/work/wt-24';
const server = await preview({ root, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
const url = server.resolvedUrls!.local[0];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const shots = (process.argv[2] ?? '?lang=en&guide=all').split(' ');
for (const [i, q] of shots.entries()) {
  for (const vp of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const ctx = await browser.newContext({ viewport: vp, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
    await page.goto(new URL(q, url).href);
    await page.waitForSelector('[data-testid="map"][data-choropleth="ready"]', { timeout: 90000 });
    await page.waitForSelector('.guide-card, .guide', { timeout: 30000 }).catch(() => {});
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/g24/s${i}-${vp.width}.png` });
    console.log(q, vp.width, await page.locator('.guide-count').textContent().catch(() => ''), page.url());
    await ctx.close();
  }
}
await browser.close();
await server.close();
