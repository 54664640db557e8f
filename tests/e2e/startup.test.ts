import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver, DESKTOP } from './support/driver.ts';
import { cellsCsv, expectOwnRows, file, importInto, openImport } from './support/storage.ts';

describe('nothing lost: start-up, offline and small things', () => {
  let app: AppDriver;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    app = await AppDriver.start(baseUrl);
  });
  afterAll(() => app.stop());

  /** A fresh tab whose `slow` data file is held back until the test calls `release`. */
  async function slowTab(slow: string): Promise<{ page: Page; errors: string[]; release: () => void }> {
    await app.given.app('?lang=en');
    const context = await app.page.context().browser()?.newContext({ viewport: DESKTOP, locale: 'en-GB' });
    if (!context) throw new Error('no browser');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`**/data/${slow}`, async (route) => {
      await released;
      await route.continue();
    });
    // Not until 'load': the preloaded data files hold that event back.
    await page.goto(new URL('?lang=en', baseUrl).href, { waitUntil: 'domcontentloaded' });
    return { page, errors, release };
  }

  it.each(['atlas.topojson', 'lookup.json'])(
    'a file dropped while %s is slow is applied after load, and kept',
    async (slow) => {
      const { page, errors, release } = await slowTab(slow);
      await importInto(page, [file('early.csv', cellsCsv(7))]);
      expect(await page.locator('.loading').count()).toBe(1); // still starting
      await expect
        .poll(() => page.locator('.progress').textContent(), { timeout: 5000 })
        .toContain('Waiting for the map to load');
      release();
      await page.waitForSelector('[data-testid="map"][data-choropleth="ready"]', { timeout: 60_000 });
      await expectOwnRows(page, 7);
      await page.unroute(`**/data/${slow}`);
      await page.reload();
      await page.waitForSelector('[data-testid="map"][data-choropleth="ready"]', { timeout: 60_000 });
      await openImport(page);
      await expectOwnRows(page, 7);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('a 9,999-character word wraps in the details panel', async () => {
    await app.given.app('?lang=en');
    await importInto(app.page, [file('long.csv', [`L-1;${'x'.repeat(9999)};municipal;Namur;active`])]);
    await expectOwnRows(app.page, 1);
    await app.when.searchFor('Namur');
    await app.when.chooseResult('Namur');
    const details = await app.then.detailsShow('Namur');
    const { scrollWidth, clientWidth } = await details.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
    expect(clientWidth).toBeLessThan(DESKTOP.width);
    app.then.pageIsClean();
  });

  it('an unknown fiche says so and offers the way back', async () => {
    await app.given.fiche('?fiche=99999&lang=en');
    expect(await app.page.locator('article.fiche h1').textContent()).toBe('No municipality has the NIS code “99999”.');
    await app.page.getByRole('link', { name: 'Back to the map' }).click();
    await app.page.waitForSelector('[data-testid="map"][data-choropleth="ready"]', { timeout: 60_000 });
    app.then.pageIsClean();
  });
  // Last: going offline leaves console errors (failed requests) behind in the driver.
  it('offline, loading the examples fails with a message and clearing still works', async () => {
    await app.given.app('?lang=en');
    await importInto(app.page, [file('mine.csv', cellsCsv(2))]);
    await expectOwnRows(app.page, 2);
    await app.page.context().setOffline(true);
    await app.page.getByRole('button', { name: 'Load example data' }).click();
    await expect
      .poll(() => app.page.getByRole('alert').allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining('The content could not be loaded (offline?)'));
    await app.page.getByRole('button', { name: 'Clear imported data' }).click();
    await expect.poll(() => app.page.getByTestId('own-rows').count()).toBe(0);
    await app.page.context().setOffline(false);
    expect(app.pageErrors).toEqual([]);
  });
});
