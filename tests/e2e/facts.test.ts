import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Lookup } from '../../src/domain/atlas.ts';
import { decodeCoverage } from '../../src/domain/coverage.ts';
import { createLand } from '../../src/domain/land.ts';
import { CHOROPLETH_MARK } from '../../src/state/startup.ts';
import { AppDriver, DESKTOP } from './support/driver.ts';
import { mapHooks } from './support/map-hooks.ts';

/** The public facts, shown by default, each with its date and source. */
describe('what public sources say', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  const statements = async (name: string) => (await app.then.detailsShow(name)).getByTestId('statement');

  it('shows Bonheiden: an active municipal cell since 2018, with a link to its source', async () => {
    await app.given.app('?lang=en&m=12005');
    const [first] = await (await statements('Bonheiden')).all();
    expect(await first?.textContent()).toMatch(/Active · Municipal\s*since 2018/);
    const link = first?.getByRole('link', { name: 'Public source' });
    expect(await link?.getAttribute('href')).toBe('https://www.bonheiden.be/livc-r');
    expect(await link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await first?.textContent()).toContain('Public source');
    expect(await app.page.getByTestId('data-banner').textContent()).toContain('Public sources');
    expect(await app.page.getByTestId('examples-banner').count()).toBe(0);
    app.then.pageIsClean();
  });

  it('shows Ternat: one cell shared with Affligem, Roosdaal and Liedekerke since 2017-07-03', async () => {
    await app.given.app('?lang=en&m=23086');
    const list = await (await statements('Ternat')).all();
    expect(list).toHaveLength(1);
    const text = (await list[0]?.textContent()) ?? '';
    expect(text).toContain('Shared by: Affligem, Roosdaal, Liedekerke');
    expect(await list[0]?.locator('time').getAttribute('datetime')).toBe('2017-07-03');
    expect(text).toContain('since 3 July 2017');
  });

  it('dates Galmaarden (now in Pajottegem): no cell as stated on 2017-08-28, then in preparation', async () => {
    // Before 2025 Galmaarden is a municipality of its own (src/domain/land.ts).
    await app.given.app('?lang=en&m=23023&asof=2018-06-01');
    let details = await app.then.detailsShow('Galmaarden');
    expect(await details.locator('.details-coverage').textContent()).toContain('Declared: no cell');
    const [inForce] = await (await statements('Galmaarden')).all();
    expect(await inForce?.locator('time').getAttribute('datetime')).toBe('2017-08-28');
    expect(await inForce?.textContent()).toContain('as stated on 28 August 2017');

    await app.given.app('?lang=en&m=23023&asof=2020-01-01');
    details = await app.then.detailsShow('Galmaarden');
    expect(await details.locator('.details-coverage').textContent()).toContain('Cell in preparation');
    // The 2017 statement stays visible, as history.
    expect(await details.getByRole('list', { name: 'Earlier statements' }).textContent()).toContain('No cell');
  });

  it('says "No public information" for a municipality no statement names, and what that means', async () => {
    await app.given.app('?lang=en&m=11001');
    const details = await app.then.detailsShow('Aartselaar');
    expect(await details.locator('.details-coverage').textContent()).toContain('No public information');
    expect(await details.textContent()).toContain('No public statement about a cell');
    const legend = app.page.locator('.legend');
    expect(await legend.textContent()).toContain('law of 30 July 2018');
    expect(await app.then.countText()).toContain('Public sources name 93 of 565 municipalities');
  });

  it('lists the published figures of 15-06-2019 in the statistics, with their source', async () => {
    await app.given.app('?lang=en');
    await app.page.getByRole('button', { name: 'Statistics' }).click();
    const table = app.page.getByTestId('published-counts');
    const row = table.getByRole('row').filter({ hasText: '15 June 2019' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.textContent()).toMatch(/253\s*382\s*116/);
    expect(await row.getByRole('link', { name: 'source' }).getAttribute('href')).toBe(
      'https://www.besafe.be/nl/veiligheidsthemas/radicalisme/lokale-integrale-veiligheidscel',
    );
    app.then.pageIsClean();
  });

  it('shows the generated examples only on request, always labelled', async () => {
    await app.given.app('?lang=en&data=examples');
    const banner = app.page.getByTestId('examples-banner');
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toContain('EXAMPLES');
    await app.page.getByRole('button', { name: 'Import data' }).click();
    await app.page.getByRole('button', { name: 'Show the public facts' }).click();
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(0);
    await expect
      .poll(() => app.page.getByTestId('data-banner').textContent(), { timeout: 30_000 })
      .toContain('Public sources');
  });

  it('refuses a javascript: source at import, and links a valid one', async () => {
    await app.given.app('?lang=en');
    await app.page.getByRole('button', { name: 'Import data' }).click();
    const csv = [
      'cell_id,name,level,municipalities,status,source_url,source_date',
      'e1,Evil,municipal,Gent,active,javascript:alert(1),2020-01-01',
      'g1,Good,municipal,Namur,active,https://example.org/namur,2021-03',
    ].join('\n');
    await app.page
      .getByLabel('Import CSV')
      .setInputFiles([{ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }]);
    const report = app.page.getByRole('status', { name: 'mine.csv' });
    await expect.poll(() => report.textContent(), { timeout: 20_000 }).toMatch(/^Imported 2 of 2 rows/);
    expect(await report.textContent()).toContain('javascript:alert(1)');
    expect(await app.page.locator('a[href^="javascript"]').count()).toBe(0);

    await app.page.getByRole('button', { name: 'Close' }).first().click();
    await app.when.searchFor('Namur');
    await app.when.chooseResult('Namur');
    const [namur] = await (await statements('Namur')).all();
    expect(await namur?.getByRole('link', { name: /source/ }).getAttribute('href')).toBe('https://example.org/namur');
    expect(await namur?.textContent()).toContain('Imported file mine.csv');
    expect(await app.page.locator('a[href^="javascript"]').count()).toBe(0);
  });

  it('paints the public facts before their rows are parsed, with the classes the data then give', async () => {
    const baseUrl = inject('baseUrl');
    const lookup = (await (await fetch(new URL('data/lookup.json', baseUrl))).json()) as Lookup;
    // The map paints the 581 pieces of land (src/domain/land.ts), and the build's classes are theirs.
    const { pieces } = createLand(lookup);
    const everyNis = pieces.map((m) => m.nis);
    const built = decodeCoverage(pieces, lookup.publicCoverage);
    expect(built?.size).toBe(581);
    const context = await app.page.context().browser()?.newContext({ viewport: DESKTOP, locale: 'en-GB' });
    if (!context) throw new Error('no browser');
    const page = await context.newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/data/cells.csv', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(new URL('?lang=en', baseUrl).href, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, CHOROPLETH_MARK, {
      timeout: 60_000,
    });
    // Painted while the public facts' rows are still on their way.
    expect(await page.getByTestId('map').getAttribute('data-choropleth')).toBeNull();
    const preview = await mapHooks(page).classes(everyNis);
    expect(preview).toEqual(everyNis.map((nis) => ({ nis, coverage: built?.get(nis), match: true })));
    release();
    await page.waitForSelector('[data-testid="map"][data-choropleth="ready"]', { timeout: 60_000 });
    expect(await mapHooks(page).classes(everyNis)).toEqual(preview);
    await page.context().close();
  });
});
