import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/driver.ts';

/** The distinct public initiatives: rows with the same title and source are one. */
function distinctInitiatives(): number {
  const text = readFileSync(resolve(import.meta.dirname, '../../public/data/initiatives.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const key = (r: Record<string, string>) =>
    `${['nl', 'fr', 'de', 'en'].map((l) => (r[`title_${l}`] ?? '').toLowerCase()).join('|')}\n${r.source_url || r.source || r.initiative_id}`;
  return new Set(rows.map(key)).size;
}

/** The guide of local initiatives: a list, a search, facets, all in the URL. */
describe('the guide of initiatives', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  const guide = (name = 'Guide of local initiatives') => app.page.getByRole('dialog', { name });
  const cards = () => app.page.locator('.guide-card');
  const countOf = async () => Number(/\d+/.exec((await app.page.locator('.guide-count').textContent()) ?? '')?.[0]);
  const openGuide = async (query: string) => {
    await app.given.app(query);
    await cards().first().waitFor({ timeout: 30_000 });
  };

  it('lists every distinct public initiative once, the seed’s three among them', async () => {
    await app.given.app('?lang=en');
    await app.page.getByRole('button', { name: 'Guide' }).click();
    await cards().first().waitFor({ timeout: 30_000 });
    const distinct = distinctInitiatives();
    expect(await countOf()).toBe(distinct);
    expect(await cards().count()).toBe(distinct);
    for (const title of [
      'Diversité des convictions et des philosophies',
      'Expérience-pilote esprit critique',
      'ABC-project',
    ]) {
      expect(
        await cards()
          .filter({ has: app.page.getByRole('heading', { name: new RegExp(`^${title}`) }) })
          .count(),
        title,
      ).toBeGreaterThan(0);
    }
    // Street educators of Dison and Wanze: one initiative in two municipalities, shown once.
    const shared = cards().filter({
      has: app.page.getByRole('heading', { name: 'Éducateurs de rue (prévention du radicalisme)', exact: true }),
    });
    expect(await shared.count()).toBe(1);
    expect(await shared.textContent()).toMatch(/Municipalities\s*Dison, Wanze|Municipalities\s*Wanze, Dison/);
    await expect.poll(() => app.page.url()).toContain('guide=all');
    app.then.pageIsClean();
  });

  it('finds Dison’s media-education project in Dutch and in French, and forgives a typo', async () => {
    const dison = () => cards().filter({ hasText: 'Expérience-pilote esprit critique' });
    await openGuide('?lang=nl&guide=all&q=mediawijsheid');
    await expect.poll(() => dison().count()).toBe(1);
    await openGuide(`?lang=fr&guide=all&q=${encodeURIComponent('éducation aux médias')}`);
    await expect.poll(() => dison().count()).toBe(1);
    await openGuide('?lang=en&guide=all&q=radicalisaton');
    expect(await countOf()).toBeGreaterThan(0);
  });

  it('counts each facet to the list’s count, intersects a facet with a search, and keeps both over a reload', async () => {
    await openGuide('?lang=en&guide=all');
    const total = await countOf();
    const theme = guide().getByLabel('Theme', { exact: true });
    const counts = (await theme.locator('option').allTextContents())
      .slice(1)
      .map((o) => Number(/\((\d+)\)$/.exec(o)?.[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    await theme.selectOption('education');
    await expect.poll(countOf).toBeLessThan(total);
    const themed = await countOf();
    await guide().getByLabel('Search the guide').fill('school');
    await expect.poll(countOf).toBeLessThanOrEqual(themed);
    const both = await countOf();
    expect(both).toBeGreaterThan(0);
    for (const card of await cards().all()) expect(await card.textContent()).toContain('Education');
    await expect.poll(() => app.page.url()).toMatch(/guide=theme:education.*q=school/);
    await app.when.reload();
    await cards().first().waitFor({ timeout: 30_000 });
    expect(await countOf()).toBe(both);
    expect(await guide().getByLabel('Theme', { exact: true }).inputValue()).toBe('education');
    expect(await guide().getByLabel('Search the guide').inputValue()).toBe('school');
  });

  it('shows a card’s summary in German, and the original on request', async () => {
    await openGuide('?lang=de&guide=all&q=ABC-project');
    const card = cards().filter({ has: app.page.getByRole('heading', { name: 'ABC-project', exact: true }) });
    const summary = card.locator('.guide-summary');
    expect(await summary.textContent()).toContain('Projekt der Stadt für eine professionellere');
    expect(await summary.textContent()).toContain('Vom Atlas übersetzt (Original: Englisch)');
    await summary.getByRole('button', { name: 'Original zeigen (Englisch)' }).click();
    await expect.poll(() => summary.textContent()).toContain('City project to build a more professional');
    expect(await summary.locator('[lang="en"]').count()).toBe(1);
  });
});
