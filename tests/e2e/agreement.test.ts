import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLand, municipalitiesAt, piecesAt } from '../../src/domain/land.ts';
import { COVERAGE } from '../../src/domain/vocabulary.ts';
import { en } from '../../src/i18n/locales/en.ts';
import { AppDriver } from './support/driver.ts';
import { lookup } from './support/geo.ts';
import { mapHooks } from './support/map-hooks.ts';

const classOfLabel = new Map(COVERAGE.map((c) => [en.coverage[c], c]));
const ACTIVE = new Set(['municipal', 'zonal', 'active']);

/**
 * For every municipality of three dates (581 before 2025, 565 after): the map, the count, the
 * table, the statistics and the CSV agree. The map paints pieces of land; a municipality's class
 * is its pieces' where they agree, else none speaks for all of it (src/domain/land.ts).
 */
describe('one view everywhere', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it.each(['2018-01-01', '2020-01-01', ''])('agrees at %s', async (asOf) => {
    await app.given.app(`?lang=en${asOf ? `&asof=${asOf}` : ''}`);
    const land = createLand(lookup());
    const total = municipalitiesAt(land, asOf).length;
    expect(total).toBe(asOf ? 581 : 565);
    const pieces = land.pieces.map((p) => p.nis);
    const byPiece = new Map((await mapHooks(app.page).classes(pieces)).map((c) => [c.nis, c.coverage]));
    const onMap = new Map(
      municipalitiesAt(land, asOf).map((m) => {
        const classes = new Set(piecesAt(land, m.nis, asOf).map((p) => byPiece.get(p)));
        return [m.nis, (classes.size === 1 ? [...classes][0] : undefined) ?? 'nodata'];
      }),
    );
    expect(onMap.size).toBe(total);
    const active = [...onMap.values()].filter((c) => ACTIVE.has(c)).length;

    expect(await app.then.countText()).toContain(`${active} with an active cell`);

    await app.when.openTable();
    const table = await app.page
      .locator('.table-panel tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-nis') ?? '', r.querySelectorAll('td')[2]?.textContent?.trim() ?? '']),
      );
    expect(table).toHaveLength(total);
    for (const [nis = '', label = ''] of table) expect([nis, classOfLabel.get(label)]).toEqual([nis, onMap.get(nis)]);

    await app.page.getByRole('button', { name: 'Statistics' }).click();
    const covered = await app.page.locator('.stats dl.facts dd').first().textContent();
    expect(covered).toMatch(new RegExp(`^${active} / ${total}`));

    await app.page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Table (CSV)' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8').slice(1);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1);
    expect(rows).toHaveLength(total);
    for (const row of rows) expect([row[0], classOfLabel.get(row[5] ?? '')]).toEqual([row[0], onMap.get(row[0] ?? '')]);
    app.then.pageIsClean();
  });
});
