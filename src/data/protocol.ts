import type { PackedInitiatives } from '../domain/initiativeTable.ts';
import type { ImportMode } from '../domain/merge.ts';
import type { Cell } from '../domain/types.ts';
import type { ImportReport } from './import/report.ts';
import type { ProblemTotals } from './import/trim.ts';
import type { StorageProblem } from './saved/errors.ts';
import type { Kind } from './saved/schema.ts';

/**
 * What the atlas shows under the user's rows: the shipped public facts (the default), generated
 * examples on request, or, when a register serves the atlas, its published snapshot (the default there).
 */
export type ShippedContent = 'public' | 'examples' | 'register';

/** Whether an import's rows were kept in this browser: only a committed transaction says so. */
export type SaveResult =
  | { status: 'saved'; savedAt: string }
  | { status: 'not-saved'; problem: StorageProblem }
  /** Nothing to keep: the file could not be read, or the user cancelled. */
  | { status: 'not-applied' };

export interface StorageStatus {
  state: 'loading' | 'ready' | 'unavailable' | 'damaged';
  problem?: StorageProblem;
}

/** Everything the main thread shows about the data besides the rows themselves. */
export interface DataState {
  content: ShippedContent;
  /** The kinds the user has rows of, shown over or instead of the shipped ones. */
  userKinds: Kind[];
  /** How many rows of each kind are the user's own. */
  userCounts: Record<Kind, number>;
  /** How many rows of each kind the shipped content has, on screen unless the kind is `replaced`. */
  shippedCounts: Record<Kind, number>;
  /** The kinds whose shipped rows the user's rows replace (an import chosen to replace them). */
  replaced: Kind[];
  /** When the user's rows on screen were committed to storage; null if they were not. */
  savedAt: string | null;
  /** The last import can be undone: the file it came from. */
  undo: string | null;
  storage: StorageStatus;
}

/** A replace that would remove saved rows while rejecting rows of its file waits for the user. */
export interface ReplaceQuestion {
  token: number;
  fileName: string;
  kind: Kind;
  /** Saved rows of this kind now, and how many of them the replace would remove. */
  saved: number;
  removes: number;
  imported: number;
  rejected: number;
}

/**
 * Messages between the app and its data worker (src/data/worker.ts), the one owner of the
 * data: it parses, merges, saves, and tells the app what to show. The view (cells in chunks,
 * initiatives packed into transferable arrays, then the state) is pushed whenever it changes,
 * after an import or undo here, or after another tab changed the saved rows.
 */
export type WorkerRequest =
  | { id: number; type: 'init'; lookup: ArrayBuffer }
  | { id: number; type: 'restore' }
  | { id: number; type: 'shipped'; bytes: ArrayBuffer; fileName: string; content: ShippedContent }
  | { id: number; type: 'import'; bytes: ArrayBuffer | Blob; fileName: string; mode: ImportMode }
  | { id: number; type: 'decide'; token: number; choice: 'replace' | 'merge' | 'cancel' }
  | { id: number; type: 'undo' }
  | { id: number; type: 'clear' }
  | { id: number; type: 'dump' };

export type ViewMessage =
  | { type: 'cells'; first: boolean; rows: Cell[] }
  | { type: 'initiatives'; packed: PackedInitiatives }
  | { type: 'state'; state: DataState };

export type ReplyMessage =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done' }
  | {
      id: number;
      type: 'imported';
      report: ImportReport;
      save: SaveResult;
      rejectedCsv?: Blob;
      totals?: ProblemTotals;
    }
  | { id: number; type: 'confirm'; question: ReplaceQuestion }
  | { id: number; type: 'dump'; text: string }
  | { id: number; type: 'error'; message: string };

export type WorkerResponse = ViewMessage | ReplyMessage;

export const ROWS_PER_MESSAGE = 500;
