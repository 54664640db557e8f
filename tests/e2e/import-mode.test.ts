import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/driver.ts';
import { mapHooks } from './support/map-hooks.ts';
import { expectOwnRows, openImport, report } from './support/storage.ts';

const BONHEIDEN = '12005'; // an active municipal cell in the public facts
const csv = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(lines.join('\r\n')),
});
const CELLS = csv('five-cells.csv', [
  'cell_id;name;level;municipalities;status;established_on',
  'mine-1;Cel Namen;municipal;Namur;active;01/02/2020',
  'mine-2;Cel Dinant;municipal;Dinant;active;01/02/2020',
  'mine-3;Cel Luik;municipal;Liège;in_preparation;01/02/2020',
  'mine-4;Cel Gent;municipal;Gent;active;01/02/2020',
  'mine-5;Cel Brugge;municipal;Brugge;active;31/02/2020',
]);
const INITIATIVES = csv('my-initiatives.csv', [
  'initiative_id;title_nl;description_nl;gemeenten;thema;organisatie',
  'mine-i1;Mijn eigen initiatief;Een beschrijving;Aalst;youth_work;Stad Aalst',
]);

/** The panel's sentences on what an import will do, before it is made. */
const announced = async (app: AppDriver) => (await app.page.getByTestId('import-effect').textContent()) ?? '';

describe('the import mode: what the panel announces is what happens', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('a first import of a small cells file keeps the public facts on the map, as announced', async () => {
    await app.given.app('?lang=en');
    expect((await mapHooks(app.page).classes([BONHEIDEN]))[0]?.coverage).toBe('municipal');
    await openImport(app.page);
    expect(await app.page.getByLabel(/^are added to what is on screen/).isChecked()).toBe(true);
    expect(await announced(app)).toMatch(
      /A file of cells is added over the \d+ public statements on screen, which stay\./,
    );

    await app.page.getByLabel('Import CSV').setInputFiles([CELLS]);
    const cells = report(app.page, 'five-cells.csv');
    await expect.poll(() => cells.textContent(), { timeout: 30_000 }).toMatch(/^Imported 5 of 5 rows/);
    // 31/02/2020 is no date: the row is kept, its date left empty, and counted as such.
    expect(await cells.textContent()).toContain('4 imported as given, 1 imported with a warning');
    await expectOwnRows(app.page, 5);
    // The public facts are still on the map, beside the file's rows.
    await expect.poll(async () => (await mapHooks(app.page).classes([BONHEIDEN]))[0]?.coverage).toBe('municipal');
  });

  it('with cells saved, an initiatives file is added over the public initiatives, as announced', async () => {
    await app.given.app('?lang=en'); // a fresh browser: its own storage
    await openImport(app.page);
    await app.page.getByLabel('Import CSV').setInputFiles([CELLS]);
    await expectOwnRows(app.page, 5);
    expect(await announced(app)).toMatch(/A file of initiatives is added over the \d+ public initiatives on screen/);
    await app.page.getByLabel('Import CSV').setInputFiles([INITIATIVES]);
    await expect
      .poll(() => report(app.page, 'my-initiatives.csv').textContent(), { timeout: 30_000 })
      .toMatch(/^Imported 1 of 1 rows/);
    await expectOwnRows(app.page, 5, 1);

    await app.when.searchFor('Aalst');
    await app.when.chooseResult('Aalst');
    const details = await app.then.detailsShow('Aalst');
    await expect.poll(() => details.textContent()).toContain('Mijn eigen initiatief');
    expect(await details.textContent()).toContain('ABC-project'); // a public initiative, still listed

    // Replacing is a choice, said before: it hides the public initiatives, and keeps the cells.
    await app.page.keyboard.press('Escape'); // the details close; the import panel is on top again
    await openImport(app.page);
    await app.page.getByLabel(/^replace what is on screen/).check();
    expect(await announced(app)).toMatch(
      /A file of initiatives hides the \d+ public initiatives on screen; your rows of the other kind are kept\./,
    );
    app.then.pageIsClean();
  });
});
