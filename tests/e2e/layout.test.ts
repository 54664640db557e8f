import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver, PHONE } from './support/driver.ts';

const PANELS = ['Table', 'Statistics', 'Export', 'Import data', 'About the data'];

describe('the layout holds on a phone and beside a panel', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  const pageWidth = () => app.page.evaluate(() => document.documentElement.scrollWidth);
  /** Every Close button on screen lies wholly inside the viewport. */
  const closeButtonsOutside = () =>
    app.page.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button.close, .details-header button')]
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .filter((r) => r.left < 0 || r.top < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight)
        .map((r) => `${r.left},${r.top},${r.right},${r.bottom}`),
    );

  it('is never wider than a 390 px phone, with the details or any panel open, and keeps Close on screen', async () => {
    await app.given.app('?lang=en', { viewport: PHONE });
    expect(await pageWidth()).toBe(PHONE.width);
    for (const name of PANELS) {
      const button = app.page.locator('nav.actions').getByRole('button', { name, exact: true });
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      expect(await pageWidth(), name).toBe(PHONE.width);
      expect(await closeButtonsOutside(), name).toEqual([]);
      await button.click();
    }
    await app.given.app('?lang=nl&m=41002', { viewport: PHONE });
    await app.then.detailsShow('Aalst');
    expect(await pageWidth()).toBe(PHONE.width);
    expect(await closeButtonsOutside()).toEqual([]);
    app.then.pageIsClean();
  });

  it('keeps the zoom buttons clear of the details panel on a desk', async () => {
    await app.given.app('?lang=en&m=21001');
    await app.then.detailsShow('Anderlecht');
    for (const selector of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out', '.livcr-ctrl-home']) {
      const onTop = await app.page.locator(selector).evaluate((button) => {
        const r = button.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !!hit && button.contains(hit);
      });
      expect(onTop, selector).toBe(true);
    }
    await app.waitForIdleAfter(() => app.page.getByRole('button', { name: 'Zoom in' }).click());
    app.then.pageIsClean();
  });
});
