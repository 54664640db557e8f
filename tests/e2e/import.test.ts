import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { windows1252 } from '../unit/fixtures/import.ts';
import { AppDriver } from './support/driver.ts';

const CELLS = [
  'cell_id;name;level;gemeenten;police_zone;status;established_on;website',
  "x1;<img src=x onerror=alert('name')>;communal;Liège;;actif;15/03/2019;javascript:alert('web')",
  "x2;<script>alert('s')</script> Namur;municipal;Namur;;in_preparation;;https://example.org/ok",
  'x3;<svg onload=alert(1)>;municipal;<b>Nowhere</b>;;active;;',
  'x4;Café <i>zone</i>;zonal;;<img src=x onerror=alert(9)>;active;;',
  'x5;;municipal;Dinant;;active;;',
].join('\r\n');

const INITIATIVES = [
  'initiative_id;title_nl;description_nl;gemeenten;thema;organisatie;doelgroep;url;bron',
  "y1;<img src=x onerror=alert('t')>;<script>alert('d')</script>;Liège;education;<b onmouseover=alert(1)>Org</b>;<u>jongeren</u>;javascript:alert(1);=cmd|' /C calc'!A0",
  'y2;Gewoon;Beschrijving;Namur;youth_work;Org;;https://example.org;',
].join('\r\n');

describe('importing your own data', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('imports a cp1252 semicolon file full of markup as text, with exact counts, and keeps it', async () => {
    await app.given.app('?lang=en');
    await app.page.getByRole('button', { name: 'Import data' }).click();
    await app.page.getByLabel('Import CSV').setInputFiles([
      { name: 'cells.csv', mimeType: 'text/csv', buffer: Buffer.from(windows1252(CELLS)) },
      { name: 'initiatives.csv', mimeType: 'text/csv', buffer: Buffer.from(windows1252(INITIATIVES)) },
    ]);
    const cellsReport = app.page.getByRole('status', { name: 'cells.csv' });
    await expect.poll(() => cellsReport.textContent(), { timeout: 20_000 }).toMatch(/^Imported 4 of 5 rows/);
    expect(await cellsReport.textContent()).toMatch(
      /\d imported with a warning \(2 with a place left unplaced\), 1 rejected/,
    );
    expect(await cellsReport.textContent()).toContain('windows-1252');
    const initiativesReport = app.page.getByRole('status', { name: 'initiatives.csv' });
    await expect.poll(() => initiativesReport.textContent()).toMatch(/^Imported 2 of 2 rows/);
    expect(await app.page.getByRole('link', { name: /Download the rejected row/ }).count()).toBe(1);

    await app.when.searchFor('Luik');
    await app.when.chooseResult('Liège');
    const details = await app.then.detailsShow('Liège');
    const text = (await details.textContent()) ?? '';
    expect(text).toContain("<img src=x onerror=alert('name')>");
    expect(text).toContain("<img src=x onerror=alert('t')>");
    expect(text).toContain('<b onmouseover=alert(1)>Org</b>');
    expect(await app.page.locator('img[src="x"], svg[onload], b[onmouseover]').count()).toBe(0);
    expect(await app.page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await app.page.getByTestId('examples-banner').count()).toBe(0);

    await app.when.reload();
    // Merged over the public facts (the default): the banner says both, and that the file is kept.
    expect(await app.page.getByRole('note').textContent()).toMatch(
      /^A mix of datasets: Public source.*Your imported data \(.*\), kept in this browser/,
    );
    await app.then.detailsShow('Liège');
    expect(await app.page.getByRole('dialog', { name: 'Liège' }).textContent()).toContain(
      "<img src=x onerror=alert('name')>",
    );
    app.then.pageIsClean(); // also: no dialog fired
  });

  it('says clearly why an empty, binary or header-only file was not imported', async () => {
    await app.given.app('?lang=en');
    await app.page.getByRole('button', { name: 'Import data' }).click();
    await app.page.getByLabel('Import CSV').setInputFiles([
      { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
      { name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) },
      { name: 'header.csv', mimeType: 'text/csv', buffer: Buffer.from('cell_id;name;level;status\r\n') },
    ]);
    const report = (name: string) => app.page.getByRole('status', { name });
    await expect
      .poll(() => report('header.csv').textContent(), { timeout: 20_000 })
      .toContain('header but no data rows');
    expect(await report('empty.csv').textContent()).toContain('The file is empty.');
    expect(await report('photo.csv').textContent()).toContain('binary data');
    app.then.pageIsClean();
  });
});
