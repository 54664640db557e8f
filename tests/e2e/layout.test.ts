import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver, DESKTOP, PHONE, type Viewport } from './support/driver.ts';

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

  /** The element at the centre of the first element matching `selector` lies inside it. */
  const onTopAtCentre = (selector: string) =>
    app.page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return `${sel} is not there`;
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit && el.contains(hit) ? 'on top' : `covered by ${hit?.className}`;
    }, selector);
  const focusInside = (selector: string) =>
    app.page.evaluate((sel) => !!document.querySelector(sel)?.contains(document.activeElement), selector);

  /** With a municipality's details open, each panel opens on top, takes focus, and Escape gives it back. */
  async function walkPanels(query: string, viewport: Viewport) {
    await app.given.app(query, { viewport });
    await app.then.detailsShow('Aalst');
    expect(await pageWidth()).toBe(viewport.width);
    expect(await closeButtonsOutside()).toEqual([]);
    await app.then.isAccessible();
    for (const name of PANELS) {
      const button = app.page.locator('nav.actions').getByRole('button', { name, exact: true, includeHidden: true });
      // On a phone the panel toggles are behind the header's Menu button.
      if (!(await button.isVisible())) await app.page.locator('.menu-toggle').click();
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      const panel = name === 'Table' ? '.table-panel' : '.stage .about';
      await app.page.waitForSelector(panel); // a lazy chunk: there once fetched
      expect(await pageWidth(), name).toBe(viewport.width);
      expect(await closeButtonsOutside(), name).toEqual([]);
      expect(await onTopAtCentre(panel), name).toBe('on top');
      expect(await focusInside(panel), name).toBe(true);
      await app.then.isAccessible();
      await app.page.keyboard.press('Escape');
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
      // Focus comes back in the closing panel's effect cleanup, which React runs after the paint.
      // (on a phone to the Menu button: the panel's own button is hidden with the menu)
      const opener = viewport.width <= 760 ? app.page.locator('.menu-toggle') : button;
      await expect.poll(() => opener.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(await onTopAtCentre('.details'), name).toBe('on top');
    }
    app.then.pageIsClean();
  }

  it('is never wider than a 390 px phone; each panel opens on top of the details, in reach, accessible', async () => {
    await walkPanels('?lang=en&m=41002', PHONE);
  }, 240_000); // five panels, each checked with axe-core

  it('opens each panel on a desk on top of the details, accessible, and gives focus back on Escape', async () => {
    await walkPanels('?lang=en&m=41002', DESKTOP);
  }, 240_000);

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
