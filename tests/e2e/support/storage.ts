import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const CELLS_HEADER = 'cell_id;name;level;municipalities;status';
const PLACES = ['Namur', 'Dinant', 'Liège', '21004', 'Gent', 'Brugge'];

/** A cells file of `count` valid rows, ids `${prefix}-1` … */
export function cellsCsv(count: number, prefix = 'C', from = 1): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${prefix}-${from + i};Cell ${from + i};municipal;${PLACES[(from + i) % PLACES.length]};active`,
  );
}

export const file = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from([CELLS_HEADER, ...lines].join('\r\n')),
});

export async function openImport(page: Page) {
  const button = page.getByRole('button', { name: 'Import data' });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
}

/** Chooses files in the import panel (opening it) and waits for their reports. */
export async function importInto(page: Page, files: ReturnType<typeof file>[], mode?: 'replace' | 'merge') {
  await openImport(page);
  if (mode)
    await page
      .getByLabel(mode === 'replace' ? /^replace what is on screen/ : /^are added to what is on screen/)
      .check();
  await page.getByLabel('Import CSV').setInputFiles(files);
}

export const report = (page: Page, name: string) => page.getByRole('status', { name });

/** "Your own rows: N cells and M initiatives." as numbers, or null when there are none. */
export async function ownRows(page: Page): Promise<{ cells: number; initiatives: number } | null> {
  const own = page.getByTestId('own-rows');
  if ((await own.count()) === 0) return null;
  const [cells = -1, initiatives = -1] = ((await own.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
  return { cells, initiatives };
}

export const expectOwnRows = (page: Page, cells: number, initiatives = 0) =>
  expect.poll(() => ownRows(page), { timeout: 60_000 }).toEqual({ cells, initiatives });

/** The saved cell ids, read from IndexedDB in the page (the chunks of the current generation). */
export function savedCellIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('livcr-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'chunks'], 'readonly');
          const meta = tx.objectStore('meta').get('state');
          meta.onsuccess = () => {
            const generation = (meta.result as { kinds: { cells?: { generation: number } } } | undefined)?.kinds.cells
              ?.generation;
            if (generation === undefined) return resolve([]);
            const chunks = tx.objectStore('chunks').getAll(IDBKeyRange.bound([generation, 0], [generation, 1e9]));
            chunks.onsuccess = () => {
              db.close();
              resolve((chunks.result as { id: string }[][]).flat().map((c) => c.id));
            };
          };
        };
      }),
  );
}

export type Seed = { version: number; stores: string[]; puts?: [store: string, key: string, value: unknown][] };

/**
 * Replaces this origin's database with `seed`, from a page of the same origin that is not the
 * app (so nothing holds it open), then opens the app again. `keepOpen` leaves the seeding page's
 * connection open and deaf to upgrades, as an old tab would: the app's storage never answers.
 */
export async function seedStorage(page: Page, baseUrl: string, seed: Seed, keepOpen = false): Promise<Page> {
  const seeder = keepOpen ? await page.context().newPage() : page;
  await seeder.goto(new URL('data/attribution.json', baseUrl).href);
  await seeder.evaluate(
    ({ version, stores, puts, keepOpen }) =>
      new Promise<void>((resolve, reject) => {
        const removal = indexedDB.deleteDatabase('livcr-atlas');
        removal.onerror = () => reject(removal.error);
        removal.onsuccess = () => {
          const open = indexedDB.open('livcr-atlas', version);
          open.onupgradeneeded = () => {
            for (const store of stores) open.result.createObjectStore(store);
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            db.onversionchange = () => undefined; // an old tab that never lets go
            if (!puts?.length) {
              if (!keepOpen) db.close();
              return resolve();
            }
            const tx = db.transaction([...new Set(puts.map(([s]) => s))], 'readwrite');
            for (const [store, key, value] of puts) tx.objectStore(store).put(value, key);
            tx.oncomplete = () => {
              if (!keepOpen) db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
    { ...seed, keepOpen },
  );
  return seeder;
}
