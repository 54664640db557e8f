import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COVERAGE_COLORS, MAP_COLORS } from '../../src/map/colors.ts';
import { AppDriver } from './support/driver.ts';
import { insidePoint, lookup } from './support/geo.ts';
import { mapHooks } from './support/map-hooks.ts';
import { pdfText } from './support/pdf.ts';
import { inspectPng } from './support/png.ts';

async function downloaded(app: AppDriver, button: string): Promise<Buffer> {
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await download.path());
}

const coveredCount = async (app: AppDriver) => {
  const text = (await app.then.countText()) ?? '';
  return Number(/(\d+) with an active cell/.exec(text)?.[1] ?? Number.NaN);
};

describe('insight and output', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('shows fewer covered municipalities when the timeline moves back to 2017-01-01', async () => {
    await app.given.app('?lang=en');
    const now = await coveredCount(app);
    await app.page.getByLabel('As of', { exact: true }).fill('2017-01-01');
    await expect.poll(() => coveredCount(app)).toBeLessThan(now);
    await app.when.reload();
    expect(app.page.url()).toContain('asof=2017-01-01');
    app.then.pageIsClean();
  });

  it('exports the table of a Limburg filter as CSV with only Limburg rows', async () => {
    await app.given.app('?lang=en');
    await app.when.selectFilter('Province', 'Limburg');
    await app.page.getByRole('button', { name: 'Export', exact: true }).click();
    const csv = (await downloaded(app, 'Table (CSV)')).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const limburg = lookup().municipalities.filter((m) => m.province === '70000');
    expect(rows[0]?.[2]).toBe('Province');
    expect(rows.length - 1).toBe(limburg.length);
    expect(new Set(rows.slice(1).map((r) => r[2]))).toEqual(new Set(['Limburg']));
    app.then.pageIsClean();
  });

  it('escapes a cell name that starts with "=" in the CSV export', async () => {
    await app.given.app('?lang=en');
    await app.page.getByRole('button', { name: 'Import data' }).click();
    const cells =
      'cell_id;name;level;municipalities;status\r\nf1;"=HYPERLINK(""http://evil"";""click"")";municipal;71072;active\r\n';
    await app.page
      .getByLabel('Import CSV')
      .setInputFiles({ name: 'cells.csv', mimeType: 'text/csv', buffer: Buffer.from(cells) });
    await expect
      .poll(() => app.page.getByRole('status', { name: 'cells.csv' }).textContent())
      .toMatch(/^Imported 1 of 1 rows/);
    await app.when.selectFilter('Province', 'Limburg');
    await app.page.getByRole('button', { name: 'Export', exact: true }).click();
    const csv = (await downloaded(app, 'Table (CSV)')).toString('utf8');
    const hasselt = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.find((r) => r[0] === '71072');
    expect(hasselt?.[6]).toBe('\'=HYPERLINK("http://evil";"click")');
    app.then.pageIsClean();
  });

  it('exports the map as a PNG whose map shows each class colour at known municipalities', async () => {
    await app.given.app('?lang=en');
    // Bonheiden: active municipal cell; Ternat: shared cell; Staden: in preparation. (Pajottegem is
    // in preparation only on Galmaarden's land: src/domain/land.ts.)
    const expected: [string, string][] = [
      ['12005', COVERAGE_COLORS.municipal],
      ['23086', COVERAGE_COLORS.zonal],
      ['36019', COVERAGE_COLORS.preparation],
      ['11001', COVERAGE_COLORS.nodata],
      ['sea', MAP_COLORS.background], // the North Sea off the coast
    ];
    const places = lookup().municipalities;
    const points = await Promise.all(
      // Inside the polygon and away from its name: the bbox centre where it falls inside, else the label point.
      expected.map(([nis]) =>
        mapHooks(app.page).project(
          nis === 'sea' ? [2.55, 51.3] : (insidePoint(nis) ?? places.find((m) => m.nis === nis)?.label ?? [0, 0]),
        ),
      ),
    );
    const canvasWidth = await app.page
      .locator('[data-testid="map"] canvas')
      .evaluate((c) => (c as HTMLCanvasElement).width);
    const cssWidth = await app.page.locator('[data-testid="map"] canvas').evaluate((c) => c.clientWidth);
    await app.page.getByRole('button', { name: 'Export', exact: true }).click();
    const bytes = await downloaded(app, 'Map (PNG)');
    const png = inspectPng(bytes);
    expect(png.width).toBe(1600);
    // The PNG draws the canvas 1220 px wide under a 120 px header (src/ui/mapPng.ts).
    const scale = (1220 / canvasWidth) * (canvasWidth / cssWidth);
    const colours = await app.page.evaluate(
      async ({ data, at }) => {
        // An <img> may show a data: URL (img-src); fetch may not (connect-src 'self').
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
        const g = canvas.getContext('2d');
        if (!g) return [];
        g.drawImage(image, 0, 0);
        return at.map(({ x, y }) => {
          const [r = 0, gr = 0, b = 0] = g.getImageData(Math.round(x), Math.round(y), 1, 1).data;
          return `#${[r, gr, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
        });
      },
      { data: bytes.toString('base64'), at: points.map((p) => ({ x: p.x * scale, y: 120 + p.y * scale })) },
    );
    // Each pixel's nearest colour among every class and the sea must be the expected class: a
    // tolerance alone would take "no public information" (#DADDE1) for the sea (#DCE6EE).
    const palette: [string, string][] = [...Object.entries(COVERAGE_COLORS), ['sea', MAP_COLORS.background]];
    const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    const distance = (a: string, b: string) => rgb(a).reduce((sum, v, i) => sum + (v - (rgb(b)[i] ?? 0)) ** 2, 0);
    const nearest = (colour: string) =>
      palette.reduce((best, entry) => (distance(colour, entry[1]) < distance(colour, best[1]) ? entry : best))[1];
    expect(expected.map(([nis], i) => [nis, nearest(colours[i] ?? '')])).toEqual(expected);
    app.then.pageIsClean();
  });

  it("prints Anderlecht's fiche with its initiative", async () => {
    await app.given.fiche('?fiche=21001&lang=nl');
    await app.page.emulateMedia({ media: 'print' });
    const fiche = app.page.getByRole('article', { name: 'Anderlecht' });
    expect(await fiche.getByRole('list', { name: 'Preventie-initiatieven' }).textContent()).toContain(
      'Diversité des convictions et des philosophies',
    );
    expect(await app.page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    const text = await pdfText(await app.page.pdf({ format: 'A4' }));
    expect(text).toContain('Anderlecht');
    expect(text).toContain('Diversité des convictions et des philosophies');
    expect(text).toContain('Actieve zonale of intergemeentelijke cel'); // its class, in Dutch
    expect(text).toContain('© FOD Financiën – AAPD (administratieve grenzen)'); // the attribution in Dutch too
    app.then.pageIsClean();
  });
});
