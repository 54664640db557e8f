import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mergedOutlineId } from '../../src/map/layers.ts';
import { AppDriver } from './support/driver.ts';
import { lookup } from './support/geo.ts';
import { mapHooks } from './support/map-hooks.ts';

const LIMBURG_2020 = ['Kortessem', 'Borgloon', 'Tongeren', 'Bilzen', 'Hoeselt', 'Hasselt'];
/** Where a piece of land's name goes (polylabel, lookup.json): well inside it. */
const labelOf = (nis: string) => {
  const label = lookup().parts?.find((p) => p.nis === nis)?.label;
  if (!label) throw new Error(`no label point for ${nis}`);
  return label;
};
const CODES_2020 = { kortessem: '73040', borgloon: '73009', tongeren: '73083', bilzen: '73006', hoeselt: '73032' };

/** The municipalities of the date on view, and statements on the land they named (issue 23). */
describe('land and time', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('shows Limburg on 1 January 2020 with its 42 municipalities of 2020, on the base of 581', async () => {
    await app.given.app('?lang=en&asof=2020-01-01&province=70000');
    expect(await app.then.countText()).toContain('42 of 581 municipalities');
    // The map draws them as municipalities of their own: each is a feature, and none of 2025.
    await expect
      .poll(async () => (await mapHooks(app.page).renderedIds('municipalities-fill')).includes('73040'), {
        timeout: 30_000,
      })
      .toBe(true);
    const drawn = new Set(await mapHooks(app.page).renderedIds('municipalities-fill'));
    for (const nis of Object.values(CODES_2020)) expect(drawn.has(String(Number(nis))), nis).toBe(true);
    await app.when.openTable();
    const rows = await app.page
      .locator('.table-panel tbody tr')
      .evaluateAll((trs) => trs.map((r) => [r.getAttribute('data-nis') ?? '', r.textContent ?? '']));
    expect(rows).toHaveLength(42);
    const text = rows.map(([, t]) => t).join('\n');
    for (const name of LIMBURG_2020) expect(text).toContain(name);
    expect(text).not.toContain('Tongeren-Borgloon');
    expect(text).not.toContain('Bilzen-Hoeselt');
    expect(rows.map(([nis]) => nis)).toEqual(expect.arrayContaining(Object.values(CODES_2020)));
    expect(await app.page.getByTestId('timeline-base').textContent()).toContain('581 municipalities of 2019');
    app.then.pageIsClean();
  });

  it('puts Galmaarden "in preparation" on 1 January 2020, and says nothing of Gooik and Herne', async () => {
    await app.given.app('?lang=en&asof=2020-01-01&m=23023');
    const details = await app.then.detailsShow('Galmaarden');
    expect(await details.locator('.details-coverage').textContent()).toContain('Cell in preparation');
    const onMap = await mapHooks(app.page).classes(['23023', '23024', '23032']);
    expect(onMap.map((c) => c.coverage)).toEqual(['preparation', 'nodata', 'nodata']);
    await app.page.getByRole('button', { name: 'Close' }).click();
    await app.when.searchFor('Gooik');
    await app.when.chooseResult('Gooik');
    const gooik = await app.then.detailsShow('Gooik');
    expect(await gooik.locator('.details-coverage').textContent()).toContain('No public information');
    app.then.pageIsClean();
  });

  it("lists Galmaarden's history as a former part of Pajottegem in 2026, and paints no other part with it", async () => {
    await app.given.app('?lang=en&asof=2026-01-01&m=23106');
    const details = await app.then.detailsShow('Pajottegem');
    expect(await details.locator('.details-coverage').textContent()).toContain('Known in part');
    const part = details.getByRole('region', { name: 'Former municipality of Galmaarden' });
    expect(await part.textContent()).toContain('In preparation');
    expect(await part.textContent()).toContain('No cell');
    const onMap = await mapHooks(app.page).classes(['23023', '23024', '23032']);
    expect(onMap.map((c) => c.coverage)).toEqual(['preparation', 'nodata', 'nodata']);
    // Searching the former name at this date opens the merged municipality.
    await app.page.getByRole('button', { name: 'Close' }).click();
    await app.when.searchFor('Galmaarden');
    expect(await app.page.getByRole('option').first().textContent()).toContain('Pajottegem');
    app.then.pageIsClean();
  });

  it('outlines Pajottegem, hovered or selected in 2026, by its own border, and Galmaarden alone in 2020', async () => {
    // Each load is a new page: the hooks are asked of the one open.
    const map = () => mapHooks(app.page);
    // The pointer on a piece of land, where the map draws it now (the camera may still move).
    const pointAt = async (nis: string) => {
      const box = await app.page.locator('[data-testid="map"]').boundingBox();
      const at = await map().project(labelOf(nis));
      return { x: (box?.x ?? 0) + at.x, y: (box?.y ?? 0) + at.y };
    };
    const hoverOver = async (nis: string) => {
      const { x, y } = await pointAt(nis);
      await app.page.mouse.move(x, y);
      return map().hovered();
    };
    const selected = async () => [...new Set(await map().renderedIds('municipality-selected'))];
    const pajottegem = String(mergedOutlineId('23106'));

    await app.given.app('?lang=en&asof=2026-01-01');
    await app.page.waitForSelector('[data-testid="map"][data-names="ready"]', { timeout: 60_000 });
    const uploads = await app.geojsonUploads();
    // Gooik's land, hovered: the outline is Pajottegem's, not Gooik's nor its parts' three.
    await expect.poll(async () => [...new Set(await hoverOver('23024'))]).toEqual([pajottegem]);
    const { x, y } = await pointAt('23024');
    await app.page.mouse.click(x, y);
    await app.then.detailsShow('Pajottegem');
    await expect.poll(selected).toEqual([pajottegem]);
    // Hovering and selecting restyle: no geometry went to the map's worker again.
    expect(await app.geojsonUploads()).toBe(uploads);

    await app.given.app('?lang=en&asof=2020-01-01');
    await app.page.waitForSelector('[data-testid="map"][data-names="ready"]', { timeout: 60_000 });
    await expect.poll(async () => [...new Set(await hoverOver('23023'))]).toEqual(['23023']);
    const galmaarden = await pointAt('23023');
    await app.page.mouse.click(galmaarden.x, galmaarden.y);
    await app.then.detailsShow('Galmaarden');
    await expect.poll(selected).toEqual(['23023']);
    app.then.pageIsClean();
  });

  it('keeps the details on the same land when the date changes, and the link follows', async () => {
    const m = () => new URL(app.page.url()).searchParams.get('m');
    const moveTo = (date: string) => app.page.getByLabel('As of', { exact: true }).fill(date);
    await app.given.app('?lang=en&asof=2020-01-01&m=23023');
    await app.then.detailsShow('Galmaarden');
    // Galmaarden's land is Pajottegem's in 2026: its details, with Galmaarden's history.
    await moveTo('2026-01-01');
    const pajottegem = await app.then.detailsShow('Pajottegem');
    const part = pajottegem.getByRole('region', { name: 'Former municipality of Galmaarden' });
    expect(await part.textContent()).toContain('In preparation');
    await expect.poll(m).toBe('23106');
    // And back to where the reader came from, not to another former part.
    await moveTo('2020-01-01');
    const galmaarden = await app.then.detailsShow('Galmaarden');
    await expect.poll(m).toBe('23023');
    // Galmaarden's own statement names no other municipality of 2020.
    expect(await galmaarden.textContent()).not.toContain('Shared by');

    // Opened in 2026, Pajottegem goes back to the former part with most of its land, Herne.
    await app.given.app('?lang=en&asof=2026-01-01&m=23106');
    await app.then.detailsShow('Pajottegem');
    await moveTo('2020-01-01');
    await app.then.detailsShow('Herne');
    await expect.poll(m).toBe('23032');
    // A municipality of both dates stays as it is.
    await app.given.app('?lang=en&asof=2026-01-01&m=23002');
    await app.then.detailsShow('Asse');
    await moveTo('2020-01-01');
    await app.then.detailsShow('Asse');
    await expect.poll(m).toBe('23002');
    app.then.pageIsClean();
  });

  it('counts a statement without a date today only, and says so at a past date', async () => {
    // Asse's one statement, from its own page, gives no date.
    await app.given.app('?lang=en&m=23002');
    const today = await app.then.detailsShow('Asse');
    expect(await today.locator('.details-coverage').textContent()).toContain('Active municipal cell');
    expect(await today.getByTestId('statement').textContent()).toContain('date not stated');
    await app.given.app('?lang=en&asof=2020-01-01&m=23002');
    const past = await app.then.detailsShow('Asse');
    expect(await past.locator('.details-coverage').textContent()).toContain('No public information');
    expect(await past.textContent()).toContain('1 statement without a date is left out at a past date');
    app.then.pageIsClean();
  });

  it('counts on 581 on 15 June 2019, as besafe.be did, and the timeline says so for both', async () => {
    await app.given.app('?lang=en&asof=2019-06-15');
    expect(await app.then.countText()).toMatch(/\d+ of 581 municipalities/);
    const chart = app.page.locator('.timeline-chart');
    await chart.waitFor({ timeout: 30_000 });
    const published = chart.locator('.published-dot[data-date="2019-06-15"]');
    expect(await published.first().getAttribute('data-base')).toBe('581');
    expect(await published.locator('title').allTextContents()).toContain('2019-06-15: 382 of 581 municipalities');
    const computed = chart.locator('.computed-dot[data-date="2019-07-01"]');
    expect(await computed.getAttribute('data-base')).toBe('581');
    expect(await chart.locator('.computed-dot[data-date="2025-01-01"]').getAttribute('data-base')).toBe('565');
    expect(await app.page.getByTestId('map-date').textContent()).toContain('2019');
    app.then.pageIsClean();
  });

  it('exports one CSV row per municipality of 2020, with the codes of 2020', async () => {
    await app.given.app('?lang=en&asof=2020-01-01');
    await app.page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Table (CSV)' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8').slice(1);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1);
    expect(rows).toHaveLength(581);
    const codes = new Set(rows.map((r) => r[0]));
    for (const nis of [...Object.values(CODES_2020), '23023', '11007', '11056']) expect(codes.has(nis), nis).toBe(true);
    // Zwijndrecht was in the province of Antwerp until 2024.
    expect(rows.find((r) => r[0] === '11056')).toContain('Antwerp');
    const merged2025 = lookup()
      .municipalities.filter((m) => !codes.has(m.nis))
      .map((m) => m.nis);
    expect(merged2025.sort()).toEqual(
      [
        '23106',
        '37021',
        '37022',
        '44086',
        '44087',
        '44088',
        '46029',
        '46030',
        '71071',
        '71072',
        '73110',
        '73111',
        '82039',
      ].sort(),
    );
    app.then.pageIsClean();
  });
});
