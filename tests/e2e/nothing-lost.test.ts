import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/driver.ts';
import { cellsCsv, expectOwnRows, file, importInto, openImport, report, savedCellIds } from './support/storage.ts';

describe('nothing lost: bad files and replace', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('a replace with a broken file asks first, shows the numbers, and undo restores the saved rows', async () => {
    await app.given.app('?lang=en');
    const { page } = app;
    await importInto(page, [file('cells-500.csv', cellsCsv(500))]);
    await expect
      .poll(() => report(page, 'cells-500.csv').textContent(), { timeout: 60_000 })
      .toMatch(/^Imported 500 of 500 rows/);
    expect(await page.locator('.import-result').textContent()).toContain('Kept in this browser.');
    await expectOwnRows(page, 500);
    // Merge is now the default; the user asks for replace, with a file whose row 3 is broken.
    expect(await page.getByLabel(/^are added to what is on screen/).isChecked()).toBe(true);
    const broken = cellsCsv(1000);
    broken[1] = 'C-2;"Cell 2 broken;municipal;Namur;active';
    await importInto(page, [file('cells-1000.csv', broken)], 'replace');
    const question = page.getByRole('alert').filter({ hasText: 'Replace your saved cells?' });
    await expect
      .poll(() => question.textContent(), { timeout: 60_000 })
      .toContain(
        'cells-1000.csv brings 999 rows; 1 of its rows were rejected. Replacing would remove 1 of your 500 saved cells.',
      );
    await page.screenshot({ path: 'test-results/import-question-desktop.png' });
    await question.getByRole('button', { name: 'Replace anyway' }).click();
    const text = () => report(page, 'cells-1000.csv').textContent();
    await expect.poll(text, { timeout: 60_000 }).toMatch(/^Imported 999 of 1000 rows/);
    expect(await page.locator('.problems').textContent()).toContain('a quote opens here and never closes');
    await expectOwnRows(page, 999);
    expect((await savedCellIds(page)).length).toBe(999);

    await page.getByRole('button', { name: 'Undo last import (cells-1000.csv)' }).click();
    await expectOwnRows(page, 500);
    expect((await savedCellIds(page)).sort()).toEqual(
      cellsCsv(500)
        .map((l) => l.split(';')[0])
        .sort(),
    );
    await app.when.reload();
    await openImport(page);
    await expectOwnRows(page, 500);
    app.then.pageIsClean();
  });

  it('cancelling the question changes nothing; a file whose rows are all invalid never empties the saved data', async () => {
    await app.given.app('?lang=en');
    const { page } = app;
    await importInto(page, [file('cells-20.csv', cellsCsv(20))]);
    await expectOwnRows(page, 20);
    await importInto(
      page,
      [file('invalid.csv', ['X-1;;municipal;Namur;active', 'X-2;Name;nonsense;Namur;active'])],
      'replace',
    );
    const question = page.getByRole('alert').filter({ hasText: 'Replace your saved cells?' });
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.import-result').textContent()).toContain('Cancelled: nothing was changed.');
    await expectOwnRows(page, 20);
    app.then.pageIsClean();
  });
});

describe('nothing lost: two tabs', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('two tabs merging files A and B at once both end with A ∪ B, and so does storage', async () => {
    await app.given.app('?lang=en');
    const first = app.page;
    const second = await first.context().newPage();
    await second.goto(first.url());
    await second.waitForSelector('[data-testid="map"][data-choropleth="ready"]', { timeout: 60_000 });
    await Promise.all([openImport(first), openImport(second)]);
    await Promise.all([
      importInto(first, [file('a.csv', cellsCsv(300, 'A'))], 'merge'),
      importInto(second, [file('b.csv', cellsCsv(200, 'B'))], 'merge'),
    ]);
    await expectOwnRows(first, 500);
    await expectOwnRows(second, 500);
    const ids = await savedCellIds(second);
    expect(ids.length).toBe(500);
    expect(new Set(ids.map((id) => id[0]))).toEqual(new Set(['A', 'B']));
    await second.close();
    app.then.pageIsClean();
  });
});
