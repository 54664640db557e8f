import type { IDBPDatabase } from 'idb';
import type { UserKind, UserLayer } from '../rowLayers.ts';
import { damaged } from './errors.ts';
import { commit, type Saved } from './rows.ts';
import { type AtlasDB, KINDS, LEGACY_KEY } from './schema.ts';
import { checkCells, checkInitiatives } from './validate.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 1 kept everything on screen as one value, the shipped rows included when a file had
 * been merged into them. Its rows are checked; if they pass, the user's own rows move to the
 * chunked store (the shipped ones are not kept: they are loaded fresh at every start) and the
 * old value is removed. If not, it stays where it is, and the problem says why.
 */
export async function readLegacy(db: IDBPDatabase<AtlasDB>): Promise<Saved> {
  if (!db.objectStoreNames.contains('datasets')) return { ok: true, meta: null, user: {} };
  const raw = await db.get('datasets', LEGACY_KEY);
  if (raw === undefined) return { ok: true, meta: null, user: {} };
  if (!isRecord(raw)) return { ok: false, problem: damaged('the saved dataset (version 1) is not a record') };
  const cells = checkCells(raw.cells);
  if (!cells.ok) return { ok: false, problem: damaged(`version 1, ${cells.reason}`) };
  const initiatives = checkInitiatives(raw.initiatives);
  if (!initiatives.ok) return { ok: false, problem: damaged(`version 1, ${initiatives.reason}`) };
  if (typeof raw.savedAt !== 'string') return { ok: false, problem: damaged('version 1, savedAt is missing') };

  const user: UserLayer = {};
  const own = <T extends { origin: string }>(rows: T[]): UserKind<T> | undefined => {
    const mine = rows.filter((row) => row.origin !== 'public');
    const withShipped = mine.length < rows.length;
    return mine.length > 0 ? { rows: mine, withShipped } : undefined;
  };
  const ownCells = own(cells.rows);
  const ownInitiatives = own(initiatives.rows);
  if (ownCells) user.cells = ownCells;
  if (ownInitiatives) user.initiatives = ownInitiatives;
  const changes = Object.fromEntries(KINDS.filter((k) => user[k]).map((k) => [k, user[k]]));
  const meta = await commit(db, changes, 'drop');
  await db.delete('datasets', LEGACY_KEY);
  return { ok: true, meta, user };
}
