import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/driver.ts';
import { insidePoint, lookup, pixelOf } from './support/geo.ts';

const BELGIUM: [number, number, number, number] = [2.54, 49.49, 6.41, 51.51];

describe('the LIVC-R map', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('finds Liège when a user searches for "Luik", and opens its details', async () => {
    await app.given.app('?lang=en');
    await app.when.searchFor('Luik');
    await app.when.chooseResult('Liège');
    const details = await app.then.detailsShow('Liège');
    expect(await details.textContent()).toContain('Police zone');
    app.then.pageIsClean();
  });

  it('narrows to Limburg: the count drops and every table row is in Limburg', async () => {
    await app.given.app('?lang=en');
    const before = await app.then.countText();
    await app.when.selectFilter('Province', 'Limburg');
    const after = await app.then.countText();
    const limburg = lookup().municipalities.filter((m) => m.province === '70000').length;
    expect(before).toContain('565 of 565');
    expect(after).toContain(`${limburg} of 565 municipalities`);
    await app.when.openTable();
    const table = app.page.getByRole('table');
    const provinces = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(provinces).toHaveLength(limburg);
    expect(new Set(provinces)).toEqual(new Set(['Limburg']));
    app.then.pageIsClean();
  });

  it('opens the details of the municipality a user clicks on the map', async () => {
    await app.given.app('?lang=en');
    const nis = ['82039', '92094', '63079'].find((code) => insidePoint(code));
    const point = nis ? insidePoint(nis) : undefined;
    if (!nis || !point) throw new Error('no municipality with its bbox centre inside it');
    const box = await app.page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('the map has no box');
    await app.when.clickMap(pixelOf(point, BELGIUM, box, 16));
    const name = lookup().municipalities.find((m) => m.nis === nis)?.names.fr ?? '';
    await app.then.detailsShow(name);
    app.then.pageIsClean();
  });

  it('keeps filters, selection and language across a reload', async () => {
    await app.given.app('?lang=fr');
    await app.page.getByLabel('Province', { exact: true }).selectOption({ label: 'Namur' });
    await app.page.getByRole('combobox', { name: 'Rechercher une commune' }).fill('Dinant');
    await app.page
      .getByRole('option', { name: /^Dinant/ })
      .first()
      .click();
    await app.then.detailsShow('Dinant');
    await app.when.reload();
    expect(app.page.url()).toContain('province=90000');
    expect(app.page.url()).toContain('m=91034');
    await app.then.detailsShow('Dinant');
    expect(await app.page.getByLabel('Province', { exact: true }).inputValue()).toBe('90000');
    app.then.pageIsClean();
  }, 180_000); // two full loads, with names laid out after each

  it('speaks French with ?lang=fr', async () => {
    await app.given.app('?lang=fr');
    await expect.poll(() => app.page.getByRole('combobox', { name: 'Rechercher une commune' }).count()).toBe(1);
    expect(await app.page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await app.page.getByRole('status').filter({ hasText: 'communes' }).textContent()).toContain(
      '565 sur 565 communes',
    );
    app.then.pageIsClean();
  });

  it("lists Anderlecht's initiative from the Mobile Team's guide in the Dutch interface, saying it is in French", async () => {
    await app.given.app('?lang=nl&m=21001');
    const details = await app.then.detailsShow('Anderlecht');
    const initiatives = details.getByRole('list', { name: 'Preventie-initiatieven' });
    const text = await initiatives.textContent();
    expect(text).toContain('Diversité des convictions et des philosophies');
    expect(text).toContain('colloquium of 15-10-2018');
    expect(text).toContain('in het Frans');
    app.then.pageIsClean();
  });

  it('restyles 20 filter changes without uploading geometry again', async () => {
    await app.given.app('?lang=en');
    // The names and the neighbours are uploaded once, just after the coloured map is complete.
    await app.page.waitForSelector('[data-testid="map"][data-names="ready"]', { timeout: 60_000 });
    const afterLoad = await app.geojsonUploads();
    expect(afterLoad).toBeGreaterThan(0);
    // Each tile of the first map was cut once: the atlas's source is made with its geometry.
    expect(await app.atlasTileReloads()).toBe(0);
    const provinces = ['Limburg', 'Namur', 'Antwerp', 'Hainaut', 'All'];
    for (let i = 0; i < 20; i++) {
      await app.when.selectFilter('Province', provinces[i % provinces.length] ?? 'All');
    }
    expect(await app.geojsonUploads()).toBe(afterLoad);
    app.then.pageIsClean();
    // Twenty fitted camera moves, each re-placing the names: slow on two busy cores.
  }, 180_000);

  it('looks like a product on a desk and on a phone', async () => {
    await app.given.app('?lang=en&m=21001', { viewport: { width: 1280, height: 800 } });
    await app.then.mapIsNotBlank();
    await app.when.screenshot('desktop-1280x800');
    await app.given.app('?lang=nl&m=41002', { viewport: { width: 390, height: 844 } });
    await app.then.detailsShow('Aalst');
    await app.when.screenshot('phone-390x844');
    await app.then.isAccessible();
    app.then.pageIsClean();
  });
});
