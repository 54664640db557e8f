import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/driver.ts';
import {
  cellsCsv,
  expectOwnRows,
  file,
  importInto,
  openImport,
  report,
  type Seed,
  seedStorage,
} from './support/storage.ts';

const V1 = (value: unknown): Seed => ({ version: 1, stores: ['datasets'], puts: [['datasets', 'current', value]] });
const DAMAGED: [string, Seed, string][] = [
  [
    'a cell with only an id',
    V1({ cells: [{ id: 'a' }], initiatives: [], savedAt: '2024-01-01T00:00:00Z' }),
    'cells row 1: name is missing',
  ],
  ['a record that is not an object', V1('not a dataset'), 'not a record'],
  [
    'cells that are not a list',
    V1({ cells: { id: 'a' }, initiatives: [], savedAt: '2024-01-01T00:00:00Z' }),
    'not a list',
  ],
  [
    'a state of an unknown format',
    { version: 2, stores: ['meta', 'chunks'], puts: [['meta', 'state', { format: 9 }]] },
    'format 9',
  ],
  ['a database of a newer version', { version: 40, stores: ['future'] }, 'newer version of the atlas'],
];

describe('nothing lost: damaged or unreadable storage', () => {
  let app: AppDriver;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    app = await AppDriver.start(baseUrl);
  });
  afterAll(() => app.stop());

  const openAgain = async () => {
    await app.page.goto(new URL('?lang=en', baseUrl).href);
    await app.page.waitForSelector('[data-testid="map"][data-choropleth="ready"]', { timeout: 60_000 });
  };

  it.each(DAMAGED)(
    '%s: says so with the reason, shows the public facts, keeps the record',
    async (_name, seed, reason) => {
      await app.given.app('?lang=en');
      await seedStorage(app.page, baseUrl, seed);
      await openAgain();
      const alert = app.page.getByRole('alert').filter({ hasText: 'Your saved data could not be read' });
      await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain(reason);
      expect(await app.page.getByTestId('data-banner').textContent()).toMatch(/^Public sources/);
      await app.then.mapIsNotBlank();
      // A new import is shown, not kept over the damaged record.
      await importInto(app.page, [file('new.csv', cellsCsv(3))]);
      await expect
        .poll(() => app.page.locator('.import-result').textContent(), { timeout: 30_000 })
        .toContain('Not kept in this browser');
      const downloading = app.page.waitForEvent('download');
      await alert.getByRole('button', { name: 'Download saved data' }).click();
      const saved = await downloading;
      expect(saved.suggestedFilename()).toMatch(/^livcr-atlas-saved-.*\.json$/);
      // The damaged record is in the download as it was (a version 1 database is upgraded around it).
      const dump = JSON.parse(readFileSync(await saved.path(), 'utf8')) as {
        version: number;
        stores: Record<string, { key: unknown; value: unknown }[]>;
      };
      expect(dump.version).toBe(Math.max(seed.version, 2));
      for (const [store, key, value] of seed.puts ?? []) expect(dump.stores[store]).toContainEqual({ key, value });
      await alert.getByRole('button', { name: 'Clear saved data' }).click();
      await expect.poll(() => alert.count()).toBe(0);
      await importInto(app.page, [file('after.csv', cellsCsv(4))]);
      await expect
        .poll(() => report(app.page, 'after.csv').textContent(), { timeout: 30_000 })
        .toMatch(/^Imported 4 of 4/);
      await expect.poll(() => app.page.locator('.import-result').textContent()).toContain('Kept in this browser.');
      expect(app.pageErrors).toEqual([]);
    },
  );

  it('storage that never answers does not block the map, and says so', async () => {
    await app.given.app('?lang=en');
    const blocker = await seedStorage(app.page, baseUrl, { version: 1, stores: ['datasets'] }, true);
    await openAgain();
    await app.page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 30_000 });
    const alert = app.page.getByRole('alert').filter({ hasText: 'Your saved data could not be read yet' });
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('did not answer');
    await blocker.close();
    expect(app.pageErrors).toEqual([]);
  });

  it('a save refused for lack of room is reported, never shown as kept', async () => {
    await app.given.app('?lang=en');
    const session = await app.page.context().newCDPSession(app.page);
    await session.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl).origin, quotaSize: 50_000 });
    await importInto(app.page, [file('big.csv', cellsCsv(5000))]);
    const result = app.page.locator('.import-result');
    await expect
      .poll(() => result.textContent(), { timeout: 60_000 })
      .toContain('Not kept in this browser: the browser’s storage is full');
    expect(await result.textContent()).not.toContain('Kept in this browser.');
    expect(await app.page.locator('.import .saved').count()).toBe(0);
    await openImport(app.page);
    await expectOwnRows(app.page, 5000);
    expect(await app.page.getByText('Your imported data is on the map, but not kept in this browser.').count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });
});
