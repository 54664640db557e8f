import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/driver.ts';

/** The details are a dialog: Tab cycles inside them, and Escape closes them from anywhere inside. */
describe('the details by keyboard', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  const focusInDetails = () =>
    app.page.evaluate(() => {
      const active = document.activeElement;
      return !!active && active !== document.body && !!document.querySelector('.details')?.contains(active);
    });
  /** How many controls Tab reaches inside the details. */
  const stops = () =>
    app.page.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLElement>(
            '.details a[href], .details button, .details input, .details select',
          ),
        ].filter((e) => e.getClientRects().length > 0).length,
    );

  it('keeps Tab and Shift+Tab inside the details, past the last link and back', async () => {
    await app.given.app('?lang=en&m=41002');
    await app.then.detailsShow('Aalst');
    const count = await stops();
    expect(count).toBeGreaterThan(2);
    const seen = new Set<string>();
    for (let i = 0; i < count + 3; i++) {
      await app.page.keyboard.press('Tab');
      expect(await focusInDetails(), `Tab ${i + 1}`).toBe(true);
      seen.add(await app.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ''));
    }
    // Wrapped round: it met every stop, not only the first few again and again.
    expect(seen.size).toBe(count);
    for (let i = 0; i < count + 3; i++) {
      await app.page.keyboard.press('Shift+Tab');
      expect(await focusInDetails(), `Shift+Tab ${i + 1}`).toBe(true);
    }
    app.then.pageIsClean();
  });

  it('closes the details with Escape from every control inside them, and from the map', async () => {
    await app.given.app('?lang=en&m=41002');
    await app.then.detailsShow('Aalst');
    const count = await stops();
    for (let i = 0; i <= count; i++) {
      if (i > 0) {
        await app.when.searchFor('Aalst');
        await app.when.chooseResult('Aalst');
        await app.then.detailsShow('Aalst');
      }
      // Tab i times from the dialog itself: the i-th control, past the last one at i = count.
      await app.page.locator('.details').focus();
      for (let k = 0; k < i; k++) await app.page.keyboard.press('Tab');
      expect(await focusInDetails()).toBe(true);
      await app.page.keyboard.press('Escape');
      await expect.poll(() => app.page.locator('.details').count(), { message: `Escape after ${i} Tab` }).toBe(0);
    }
    // Focus outside any dialog (on the page itself): Escape still closes the one on top.
    await app.when.searchFor('Aalst');
    await app.when.chooseResult('Aalst');
    await app.then.detailsShow('Aalst');
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.locator('.details').count()).toBe(0);
    app.then.pageIsClean();
  });
});
