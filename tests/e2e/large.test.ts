import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/data/import/decode.ts';
import { AppDriver, ARTIFACTS } from './support/driver.ts';
import { expectOwnRows, openImport, report } from './support/storage.ts';

const HEADER = 'initiative_id;title_nl;description_nl;municipalities;theme';
const CODES = ['92094', '62063', '21004', '44021', '31005', '11002'];

/** An initiatives file just under the size limit: long descriptions, ids `${prefix}…`. */
function nearLimit(prefix: string) {
  const text = 'Een lange beschrijving van het preventieproject, '.repeat(8);
  const lines = [HEADER];
  let size = HEADER.length;
  for (let i = 0; size < MAX_FILE_BYTES - 2000; i++) {
    const line = `${prefix}${i};Project ${i};${text}${i};${CODES[i % CODES.length]};education`;
    lines.push(line);
    size += line.length + 2;
  }
  // Playwright hands over at most 50 MB of buffers at once: the files go through disk.
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${prefix}.csv`);
  writeFileSync(path, lines.join('\r\n'));
  return { name: `${prefix}.csv`, path, size: statSync(path).size, rows: lines.length - 1 };
}

describe('nothing lost: large files', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('two files near the size limit import, save and reload', async () => {
    const [a, b] = [nearLimit('a'), nearLimit('b')];
    expect(a.size).toBeGreaterThan(MAX_FILE_BYTES * 0.99);
    expect(a.size).toBeLessThanOrEqual(MAX_FILE_BYTES);
    await app.given.app('?lang=en');
    const page = app.page;
    await openImport(page);
    await page.getByLabel('Import CSV').setInputFiles([a.path, b.path]);
    for (const file of [a, b]) {
      await expect
        .poll(() => report(page, file.name).textContent(), { timeout: 240_000, interval: 2000 })
        .toMatch(new RegExp(`^Imported ${file.rows} of ${file.rows} rows`));
    }
    await expect
      .poll(() => page.locator('.import-result').allTextContents())
      .toEqual([expect.stringContaining('Kept in this browser.'), expect.stringContaining('Kept in this browser.')]);
    await expectOwnRows(page, 0, a.rows + b.rows);
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-choropleth="ready"]', { timeout: 120_000 });
    await openImport(page);
    await expectOwnRows(page, 0, a.rows + b.rows);
    expect(app.pageErrors).toEqual([]);
  }, 600_000);
});
