import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver, PHONE, type Viewport } from './support/driver.ts';

/** The table: a Close button, and no cell breaks a word, beside the details on a desk or on a phone. */
describe('the table', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  /** Cells in which a word (a run of letters between spaces, hyphens or slashes) lies on two lines. */
  const brokenWords = () =>
    app.page.evaluate(() => {
      const broken: string[] = [];
      for (const cell of document.querySelectorAll('.table-panel th, .table-panel td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const match of text.matchAll(/[^\s\-/]+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top / 4)));
            if (tops.size > 1) broken.push(`${match[0]} in "${cell.textContent}"`);
          }
        }
      }
      return broken;
    });

  async function openTable(query: string, viewport?: Viewport) {
    await app.given.app(query, viewport ? { viewport } : {});
    const table = app.page.locator('[data-panel="table"]');
    if (!(await table.isVisible())) await app.page.locator('.menu-toggle').click();
    await table.click();
    await app.page.locator('.table-panel tbody tr').first().waitFor();
  }

  it('has a Close button and keeps every word whole at 1280×800 with the details open', async () => {
    await openTable('?lang=nl&m=57081');
    await app.then.detailsShow('Doornik');
    expect(await brokenWords()).toEqual([]);
    await app.page.locator('.table-panel').getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => app.page.locator('.table-panel').count()).toBe(0);
    app.then.pageIsClean();
  });

  it('keeps every word whole on a 390 px phone, and its last column can be scrolled into view', async () => {
    for (const lang of ['nl', 'fr', 'de', 'en']) {
      await openTable(`?lang=${lang}`, PHONE);
      expect(await brokenWords(), lang).toEqual([]);
      const last = app.page.locator('.table-panel thead th').last();
      await last.scrollIntoViewIfNeeded();
      const box = await last.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, lang).toBe(true);
      expect(await app.page.evaluate(() => document.documentElement.scrollWidth), lang).toBe(PHONE.width);
    }
    app.then.pageIsClean();
  }, 400_000); // four languages, each a fresh page on a busy machine
});
