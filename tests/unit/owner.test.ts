import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DataOwner } from '../../src/data/owner.ts';
import type { DataState, ViewMessage } from '../../src/data/protocol.ts';
import { deleteStore, openStore } from '../../src/data/saved/db.ts';
import { readSaved } from '../../src/data/saved/rows.ts';
import type { Cell } from '../../src/domain/types.ts';
import { cell } from './fixtures/cells.ts';

const cells = (prefix: string, n: number, origin: Cell['origin']) =>
  Array.from({ length: n }, (_, i) => cell(`${prefix}${i}`, { origin }));

/** An owner, as one tab's data worker, and what it last showed. */
function tab() {
  const shown: { cells: Cell[]; state?: DataState } = { cells: [] };
  const owner = new DataOwner((message: ViewMessage) => {
    if (message.type === 'cells') shown.cells = message.first ? [...message.rows] : [...shown.cells, ...message.rows];
    if (message.type === 'state') shown.state = message.state;
  });
  return { owner, shown };
}

afterEach(() => deleteStore());

describe('the data owner', () => {
  it('merging into the shipped content saves only the user’s rows, and shows both', async () => {
    const { owner, shown } = tab();
    await owner.restore();
    owner.setShipped('public', 'cells', cells('p', 3, 'public'));
    const save = await owner.apply('cells', cells('f', 2, 'file:f.csv'), 'merge', 'f.csv');
    expect(save.status).toBe('saved');
    expect(shown.cells.map((c) => c.id)).toEqual(['p0', 'p1', 'p2', 'f0', 'f1']);
    const saved = await readSaved(await openStore());
    expect(saved.ok && saved.user.cells).toEqual({ rows: cells('f', 2, 'file:f.csv'), withShipped: true });
    expect(shown.state).toMatchObject({
      userKinds: ['cells'],
      userCounts: { cells: 2, initiatives: 0 },
      undo: 'f.csv',
    });
  });

  it('two tabs merging at once end with both files, in both views and in storage', async () => {
    const [a, b] = [tab(), tab()];
    await Promise.all([a.owner.restore(), b.owner.restore()]);
    await Promise.all([
      a.owner.apply('cells', cells('A', 300, 'file:a.csv'), 'merge', 'a.csv'),
      b.owner.apply('cells', cells('B', 200, 'file:b.csv'), 'merge', 'b.csv'),
    ]);
    await a.owner.refresh();
    await b.owner.refresh();
    expect(a.shown.cells.length).toBe(500);
    expect(b.shown.cells.length).toBe(500);
    const saved = await readSaved(await openStore());
    expect(saved.ok && saved.user.cells?.rows.length).toBe(500);
  });

  it('undo puts back the rows before the last import; examples hide the user’s rows until the next import', async () => {
    const { owner, shown } = tab();
    await owner.restore();
    await owner.apply('cells', cells('a', 5, 'file:a.csv'), 'replace', 'a.csv');
    await owner.apply('cells', cells('b', 1, 'file:b.csv'), 'replace', 'b.csv');
    await owner.undoLast();
    expect(shown.cells.map((c) => c.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    owner.setShipped('examples', 'cells', cells('e', 2, 'examples'));
    expect(shown.cells.map((c) => c.id)).toEqual(['e0', 'e1']);
    expect(shown.state?.userKinds).toEqual([]);
  });
});
