import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeStore, deleteStore, openStore } from '../../src/data/saved/db.ts';
import { StorageError } from '../../src/data/saved/errors.ts';
import { commit, readSaved, undoLast } from '../../src/data/saved/rows.ts';
import { DB_NAME, ROWS_PER_CHUNK } from '../../src/data/saved/schema.ts';
import type { Cell } from '../../src/domain/types.ts';
import { cell } from './fixtures/cells.ts';

const fileCell = (id: string, origin: Cell['origin'] = 'file:a.csv') => cell(id, { name: `Cell ${id}`, origin });
const cells = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => fileCell(`${prefix}${i}`));

afterEach(() => deleteStore());

async function legacy(value: unknown) {
  const db = await openDB(DB_NAME, 1, { upgrade: (d) => d.createObjectStore('datasets') });
  await db.put('datasets', value, 'current');
  db.close();
}

describe('storage: rows in chunks, by generation', () => {
  it('saves in chunks and reads back what was committed', async () => {
    const db = await openStore();
    const rows = cells(ROWS_PER_CHUNK * 2 + 5);
    const meta = await commit(db, { cells: { rows, withShipped: true } }, { label: 'a.csv' });
    expect(meta.kinds.cells).toMatchObject({ chunks: 3, rows: rows.length, withShipped: true });
    expect(await db.count('chunks')).toBe(3);
    const saved = await readSaved(db);
    expect(saved.ok && saved.user.cells?.rows).toEqual(rows);
  });

  it('keeps the previous version for one undo, and frees older ones', async () => {
    const db = await openStore();
    await commit(db, { cells: { rows: cells(3, 'a'), withShipped: false } }, { label: 'a.csv' });
    await commit(db, { cells: { rows: cells(2, 'b'), withShipped: false } }, { label: 'b.csv' });
    await commit(db, { cells: { rows: cells(1, 'c'), withShipped: false } }, { label: 'c.csv' });
    expect(await db.count('chunks')).toBe(2); // c and the undo of it (b); a is gone
    const meta = await undoLast(db);
    expect(meta?.undo).toBeNull();
    const saved = await readSaved(db);
    expect(saved.ok && saved.user.cells?.rows.map((c) => c.id)).toEqual(['b0', 'b1']);
    expect(await db.count('chunks')).toBe(1);
  });

  it('an aborted write rejects and leaves the saved rows as they were', async () => {
    const db = await openStore();
    await commit(db, { cells: { rows: cells(500), withShipped: false } }, { label: 'a.csv' });
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    };
    try {
      await expect(
        commit(db, { cells: { rows: cells(1, 'x'), withShipped: false } }, { label: 'x.csv' }),
      ).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const saved = await readSaved(db);
    expect(saved.ok && saved.user.cells?.rows.length).toBe(500);
  });
});

describe('storage: damaged or unknown data is reported, never used', () => {
  it('migrates a valid version 1 record, without the shipped rows it held', async () => {
    await legacy({
      cells: [fileCell('p', 'public'), fileCell('mine')],
      initiatives: [],
      savedAt: '2024-01-01T00:00:00Z',
    });
    const saved = await readSaved(await openStore());
    expect(saved).toMatchObject({ ok: true, user: { cells: { withShipped: true, rows: [{ id: 'mine' }] } } });
    await closeStore();
    const again = await readSaved(await openStore());
    expect(again.ok && again.meta?.kinds.cells?.rows).toBe(1);
  });

  it.each([
    [
      'a cell with only an id',
      { cells: [{ id: 'a' }], initiatives: [], savedAt: '2024-01-01T00:00:00Z' },
      'cells row 1: name is missing',
    ],
    ['cells that are not a list', { cells: 'x', initiatives: [], savedAt: '2024-01-01T00:00:00Z' }, 'not a list'],
    ['a string', 'oops', 'not a record'],
    [
      'a javascript: link',
      { cells: [{ ...cell('a'), website: 'javascript:alert(1)' }], initiatives: [], savedAt: 'x' },
      'website',
    ],
  ])('a version 1 record with %s is damaged, and kept', async (_name, value, reason) => {
    await legacy(value);
    const db = await openStore();
    const saved = await readSaved(db);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.problem).toMatchObject({ code: 'damaged', detail: expect.stringContaining(reason) });
    expect(await db.get('datasets', 'current')).toEqual(value);
  });

  it('a meta record of an unknown format is damaged', async () => {
    const db = await openStore();
    await db.put('meta', { format: 99, revision: 1 }, 'state');
    const saved = await readSaved(db);
    expect(!saved.ok && saved.problem.detail).toContain('format 99');
  });

  it('a database of a newer version is reported as such', async () => {
    const newer = await openDB(DB_NAME, 7);
    newer.close();
    const error = await openStore().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem.code).toBe('newer');
  });
});
