import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver, PHONE } from './support/driver.ts';

const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

/** One initiative last confirmed in May 2019, imported as a user's file. */
const CONFIRMED_2019 = [
  'initiative_id;title_nl;description_en;municipalities;theme;organisation;start_year;source_url;source_date;review_state;confirmed_on',
  'T-2019;Bevestigd in 2019;Confirmed by the municipality in May 2019.;44021;youth_work;Stad Gent;2017;https://www.example.org/gent;2018-01;checked;2019-05-01',
].join('\n');

describe('the guide: review state, freshness, accessibility', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  const card = () => app.page.locator('.guide-card').filter({ hasText: 'Bevestigd in 2019' });

  it('shows an initiative confirmed in 2019 as "to be confirmed" today, and as current on 1 June 2020', async () => {
    await app.given.app('?lang=en');
    await app.page.getByRole('button', { name: 'Import data' }).click();
    await app.page
      .getByLabel('Import CSV')
      .setInputFiles([{ name: 'review.csv', mimeType: 'text/csv', buffer: Buffer.from(CONFIRMED_2019) }]);
    await expect
      .poll(() => app.page.getByRole('status', { name: 'review.csv' }).textContent(), { timeout: 20_000 })
      .toMatch(/^Imported 1 of 1 row/);
    await app.page.getByRole('button', { name: 'Guide' }).click();
    await app.page.getByLabel('Search the guide').fill('Bevestigd');
    await expect.poll(() => card().count(), { timeout: 20_000 }).toBe(1);
    expect(await card().textContent()).toContain(
      'Checked by the Mobile Team or the municipality, last confirmed 1 May 2019',
    );
    expect(await card().textContent()).toContain('May have ended: to be confirmed');

    // The same browser (the imported row is kept), at a date within three years of the confirmation.
    await app.page.goto(new URL('?lang=en&asof=2020-06-01&guide=all&q=Bevestigd', app.baseUrl).href);
    await expect.poll(() => card().count(), { timeout: 60_000 }).toBe(1);
    expect(await card().textContent()).toContain('last confirmed 1 May 2019');
    expect(await card().textContent()).not.toContain('to be confirmed');
    app.then.pageIsClean();
  });

  it('lists inspiration in Lierde’s details, each suggestion with its reason', async () => {
    await app.given.app('?lang=en&m=45063');
    const details = await app.then.detailsShow('Lierde');
    const items = details.getByRole('region', { name: 'Initiatives elsewhere that may inspire' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    for (const item of await items.all())
      expect(await item.textContent()).toMatch(
        /km away|similar population \(\d[\d,]* inhabitants\)|a theme you have no initiative on: /,
      );
    // Gent (263,927 inhabitants) may inspire on a theme, never as a town of Lierde's size (6,579).
    expect(await details.textContent()).not.toMatch(/in Gent · [^·]+ · similar population/);
    await details.getByRole('button', { name: 'Initiatives of Lierde in the guide' }).click();
    await expect.poll(() => app.page.url()).toContain('guide=municipality:45063');
    app.then.pageIsClean();
  });

  it('has no serious or critical axe violation at 1280×800 and at 390×844', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, viewport] of [
      ['guide-desktop', undefined],
      ['guide-phone', PHONE],
    ] as const) {
      await app.given.app('?lang=en&guide=theme:education', viewport ? { viewport } : {});
      await app.page.locator('.guide-card').first().waitFor({ timeout: 30_000 });
      await app.then.isAccessible();
      await app.page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
    }
    app.then.pageIsClean();
  });
});
