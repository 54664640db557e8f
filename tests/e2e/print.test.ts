import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/driver.ts';
import { lookup } from './support/geo.ts';
import { mapHooks } from './support/map-hooks.ts';
import { pdfPages, pdfText } from './support/pdf.ts';

describe('the map on paper', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('prints Limburg on an A4 page with title, filter, date, legend, attribution, fitted to Limburg, then its table', async () => {
    await app.given.app('?lang=en&province=70000&asof=2020-01-01');
    await app.page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'true');
    });
    await app.page.getByRole('button', { name: 'Export', exact: true }).click();
    await app.page.getByRole('button', { name: 'Print map and table' }).click();
    await app.page.waitForSelector('body[data-printed="true"]', { timeout: 30_000 });

    const limburg = lookup().municipalities.filter((m) => m.province === '70000');
    const west = Math.min(...limburg.map((m) => m.bbox[0]));
    const east = Math.max(...limburg.map((m) => m.bbox[2]));
    const south = Math.min(...limburg.map((m) => m.bbox[1]));
    const north = Math.max(...limburg.map((m) => m.bbox[3]));
    const camera = await mapHooks(app.page).camera();
    expect(camera.lng).toBeGreaterThan(west);
    expect(camera.lng).toBeLessThan(east);
    expect(camera.lat).toBeGreaterThan(south);
    expect(camera.lat).toBeLessThan(north);
    expect(camera.zoom).toBeGreaterThan(8.5);

    await app.page.emulateMedia({ media: 'print' });
    expect(await app.page.locator('.print-map').getAttribute('src')).toMatch(/^data:image\/png/);
    const pdf = await app.page.pdf({ preferCSSPageSize: true });
    const text = await pdfText(pdf);
    // The municipalities of 2020: 42 in Limburg (38 since 2025), of 581 (tests/e2e/land.test.ts).
    expect(limburg).toHaveLength(38);
    expect(text).toContain('LIVC-R coverage · 42 of 581 municipalities');
    expect(text).toContain('Filters: Limburg');
    expect(text).toContain('as of 1 January 2020');
    expect(text).toContain('LIVC-R coverage');
    expect(text).toContain('Active municipal cell');
    expect(text).toContain('No public information');
    expect(text).toContain('© FPS Finance – AAPD (administrative boundaries)');
    expect(text).toContain('Public sources');
    // The map's page, then the table of the filter: every Limburg municipality, headers on each page.
    const [mapPage = '', ...tablePages] = await pdfPages(pdf);
    expect(mapPage).toContain('Filters: Limburg');
    expect(mapPage).not.toContain('Municipalities matching the filters');
    expect(tablePages.length).toBeGreaterThan(0);
    expect(tablePages[0]).toContain('Municipalities matching the filters (42)'); // Limburg's 42 of 2020
    for (const page of tablePages)
      expect(page).toContain('Municipality Province Police zone LIVC-R status Initiatives');
    const table = tablePages.join(' ');
    // Every municipality of Limburg that the 2025 mergers left as it was is in the table of 2020.
    const unmerged = limburg.filter((m) => !m.former.some((f) => f.until === '2024-12-31'));
    expect(unmerged.length).toBeGreaterThan(30);
    for (const m of unmerged) expect(table, m.names.nl).toContain(`${m.names.nl} Limburg PZ`);
    expect(table).not.toContain('Antwerpen');
    app.then.pageIsClean();
  });
});
