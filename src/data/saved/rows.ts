import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { UserKind, UserLayer } from '../rowLayers.ts';
import { damaged, StorageError, type StorageProblem } from './errors.ts';
import { readLegacy } from './legacy.ts';
import { generationsOf, isProblem, parseMeta } from './meta.ts';
import {
  type AtlasDB,
  emptyMeta,
  generationRange,
  KINDS,
  type Kind,
  META_KEY,
  ROWS_PER_CHUNK,
  type StoreMeta,
} from './schema.ts';
import { checkCells, checkInitiatives } from './validate.ts';

type Tx = IDBPTransaction<AtlasDB, ('meta' | 'chunks')[], 'readwrite' | 'readonly'>;

/** What storage holds: the user's rows and their meta, or why they cannot be read. */
export type Saved = { ok: true; meta: StoreMeta | null; user: UserLayer } | { ok: false; problem: StorageProblem };

async function readKind(tx: Tx, kind: Kind, meta: StoreMeta): Promise<UserKind<never> | StorageProblem | undefined> {
  const saved = meta.kinds[kind];
  if (!saved) return undefined;
  const chunks = await tx.objectStore('chunks').getAll(generationRange(saved.generation));
  if (!chunks.every(Array.isArray)) return damaged(`a chunk of the saved ${kind} is not a list`);
  const rows = (chunks as unknown[][]).flat();
  if (rows.length !== saved.rows) return damaged(`${rows.length} saved ${kind} where ${saved.rows} were written`);
  const checked = kind === 'cells' ? checkCells(rows) : checkInitiatives(rows);
  if (!checked.ok) return damaged(checked.reason);
  return { rows: checked.rows as never[], withShipped: saved.withShipped };
}

/** Reads the current rows in one read transaction (a consistent snapshot), checking all of them. */
export async function readSaved(db: IDBPDatabase<AtlasDB>): Promise<Saved> {
  const tx = db.transaction(['meta', 'chunks'], 'readonly');
  const raw = await tx.objectStore('meta').get(META_KEY);
  if (raw === undefined) {
    await tx.done;
    return readLegacy(db);
  }
  const meta = parseMeta(raw);
  if (isProblem(meta)) return { ok: false, problem: meta };
  const user: UserLayer = {};
  for (const kind of KINDS) {
    const read = await readKind(tx, kind, meta);
    if (read && 'code' in read) return { ok: false, problem: read };
    if (read) user[kind] = read;
  }
  await tx.done;
  return { ok: true, meta, user };
}

/** The revision storage is at, to tell whether this tab's copy is current. */
export async function readRevision(db: IDBPDatabase<AtlasDB>): Promise<number | undefined> {
  const raw = await db.get('meta', META_KEY);
  if (raw === undefined) return 0;
  const meta = parseMeta(raw);
  return isProblem(meta) ? undefined : meta.revision;
}

type WriteTx = IDBPTransaction<AtlasDB, ('meta' | 'chunks')[], 'readwrite'>;

/**
 * Runs the writes of `build` and waits for the transaction. A request may fail at once (the
 * transaction was aborted under it) or later (quota): either way the transaction is aborted and
 * the reason it gives, rather than a later symptom, is what rejects.
 */
async function settle(tx: WriteTx, build: (writes: Promise<unknown>[]) => void): Promise<void> {
  const writes: Promise<unknown>[] = [];
  let thrown: unknown;
  try {
    build(writes);
  } catch (error) {
    thrown = error;
    try {
      tx.abort();
    } catch {
      // already aborted
    }
  }
  const results = await Promise.allSettled([...writes, tx.done]);
  const done = results[results.length - 1];
  if (done?.status === 'rejected') throw done.reason;
  if (thrown !== undefined) throw thrown;
  const failed = results.find((r) => r.status === 'rejected');
  if (failed?.status === 'rejected') throw failed.reason;
}

function putRows(tx: WriteTx, generation: number, rows: unknown[], writes: Promise<unknown>[]) {
  for (let i = 0; i * ROWS_PER_CHUNK < rows.length; i++) {
    writes.push(
      tx.objectStore('chunks').put(rows.slice(i * ROWS_PER_CHUNK, (i + 1) * ROWS_PER_CHUNK), [generation, i]),
    );
  }
}

/** Deletes the chunks of generations `meta` no longer refers to, and writes `meta`. */
function finish(tx: WriteTx, before: Set<number>, meta: StoreMeta, writes: Promise<unknown>[]) {
  const after = generationsOf(meta);
  for (const generation of before) {
    if (!after.has(generation)) writes.push(tx.objectStore('chunks').delete(generationRange(generation)));
  }
  meta.savedAt = new Date().toISOString();
  writes.push(tx.objectStore('meta').put(meta, META_KEY));
}

async function readMeta(tx: WriteTx): Promise<StoreMeta> {
  const raw = await tx.objectStore('meta').get(META_KEY);
  const parsed = raw === undefined ? emptyMeta() : parseMeta(raw);
  if (!isProblem(parsed)) return parsed;
  tx.abort();
  await tx.done.catch(() => undefined);
  throw new StorageError(parsed);
}

/**
 * One transaction: the kinds in `changes` get new generations (null removes a kind), the
 * generations nothing refers to any more are deleted, and the meta record moves on. It resolves
 * only once the transaction has committed; an error or an abort (quota, storage cleared) rejects.
 */
export async function commit(
  db: IDBPDatabase<AtlasDB>,
  changes: Partial<Record<Kind, UserKind<unknown> | null>>,
  undo: { label: string } | 'drop',
): Promise<StoreMeta> {
  const tx = db.transaction(['meta', 'chunks'], 'readwrite');
  const parsed = await readMeta(tx);
  const meta: StoreMeta = { ...parsed, kinds: { ...parsed.kinds }, revision: parsed.revision + 1 };
  meta.undo = undo === 'drop' ? null : { label: undo.label, kinds: {} };
  await settle(tx, (writes) => {
    for (const kind of KINDS) {
      const change = changes[kind];
      if (change === undefined) continue;
      if (meta.undo) meta.undo.kinds[kind] = parsed.kinds[kind] ?? null;
      if (change === null) {
        delete meta.kinds[kind];
        continue;
      }
      const generation = meta.nextGeneration++;
      putRows(tx, generation, change.rows, writes);
      const chunks = Math.ceil(change.rows.length / ROWS_PER_CHUNK);
      meta.kinds[kind] = { generation, chunks, rows: change.rows.length, withShipped: change.withShipped };
    }
    finish(tx, generationsOf(parsed), meta, writes);
  });
  return meta;
}

/** Removes the user's rows and their history; the meta record stays, one revision on. */
export async function clearSaved(db: IDBPDatabase<AtlasDB>): Promise<StoreMeta> {
  const tx = db.transaction(['meta', 'chunks'], 'readwrite');
  const parsed = await readMeta(tx);
  const meta: StoreMeta = { ...parsed, kinds: {}, undo: null, revision: parsed.revision + 1 };
  await settle(tx, (writes) => {
    writes.push(tx.objectStore('chunks').clear());
    finish(tx, new Set(), meta, writes);
  });
  if (db.objectStoreNames.contains('datasets')) await db.clear('datasets');
  return meta;
}

/** Puts back the kinds as they were before the last import, in one transaction. */
export async function undoLast(db: IDBPDatabase<AtlasDB>): Promise<StoreMeta | undefined> {
  const tx = db.transaction(['meta', 'chunks'], 'readwrite');
  const parsed = await readMeta(tx);
  const undo = parsed.undo;
  if (!undo) {
    await tx.done;
    return undefined;
  }
  const meta: StoreMeta = { ...parsed, kinds: { ...parsed.kinds }, undo: null, revision: parsed.revision + 1 };
  for (const kind of KINDS) {
    const previous = undo.kinds[kind];
    if (previous) meta.kinds[kind] = previous;
    else if (previous === null) delete meta.kinds[kind];
  }
  await settle(tx, (writes) => finish(tx, generationsOf(parsed), meta, writes));
  return meta;
}
