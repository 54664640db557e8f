import { damaged, type StorageProblem } from './errors.ts';
import { FORMAT, KINDS, type KindMeta, type StoreMeta, type UndoMeta } from './schema.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function kindMeta(v: unknown): KindMeta | undefined {
  if (!isRecord(v)) return undefined;
  const { generation, chunks, rows, withShipped } = v;
  if (!isCount(generation) || !isCount(chunks) || !isCount(rows) || typeof withShipped !== 'boolean') return undefined;
  return { generation, chunks, rows, withShipped };
}

function kinds(v: unknown, allowNull: boolean): Partial<Record<string, KindMeta | null>> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Partial<Record<string, KindMeta | null>> = {};
  for (const [key, value] of Object.entries(v)) {
    if (!(KINDS as readonly string[]).includes(key)) return undefined;
    if (value === null && allowNull) out[key] = null;
    else {
      const meta = kindMeta(value);
      if (!meta) return undefined;
      out[key] = meta;
    }
  }
  return out;
}

function undoMeta(v: unknown): UndoMeta | null | undefined {
  if (v === null) return null;
  if (!isRecord(v) || typeof v.label !== 'string') return undefined;
  const undoKinds = kinds(v.kinds, true);
  return undoKinds ? { label: v.label, kinds: undoKinds } : undefined;
}

/** The meta record as read from storage, checked; a problem says why it cannot be used. */
export function parseMeta(raw: unknown): StoreMeta | StorageProblem {
  if (!isRecord(raw)) return damaged('the saved state is not a record');
  if (raw.format !== FORMAT)
    return damaged(`the saved data has format ${String(raw.format)}; this version reads ${FORMAT}`);
  const current = kinds(raw.kinds, false) as Partial<Record<string, KindMeta>> | undefined;
  const undo = undoMeta(raw.undo);
  const { revision, savedAt, nextGeneration } = raw;
  if (!current || undo === undefined || !isCount(revision) || !isCount(nextGeneration) || typeof savedAt !== 'string')
    return damaged('the saved state is incomplete');
  return { format: FORMAT, revision, savedAt, nextGeneration, kinds: current, undo };
}

export const isProblem = (value: StoreMeta | StorageProblem): value is StorageProblem => 'code' in value;

/** The generations a meta record refers to: their chunks must stay, all others can go. */
export function generationsOf(meta: StoreMeta): Set<number> {
  const used = new Set<number>();
  for (const kind of KINDS) {
    const current = meta.kinds[kind];
    const before = meta.undo?.kinds[kind];
    if (current) used.add(current.generation);
    if (before) used.add(before.generation);
  }
  return used;
}
