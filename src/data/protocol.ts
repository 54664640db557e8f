import type { Lookup } from '../domain/atlas.ts';
import type { PackedInitiatives } from '../domain/initiativeTable.ts';
import type { ImportMode } from '../domain/merge.ts';
import type { Cell, Origin } from '../domain/types.ts';
import type { ImportReport } from './import/report.ts';

/**
 * Messages between the app and its data worker (src/data/worker.ts). The worker owns the
 * dataset: it parses, merges and persists. It sends cells back in chunks, so that no single
 * message costs the main thread a long task to receive, and initiatives packed into typed
 * arrays that move without a copy (see src/domain/initiativeTable.ts).
 */
export type WorkerRequest =
  | { id: number; type: 'init'; lookup: Lookup }
  | {
      id: number;
      type: 'import';
      bytes: ArrayBuffer | Blob;
      fileName: string;
      /** The rows' dataset; an imported file's own name when absent. */
      origin?: Origin;
      mode: ImportMode;
      persist: boolean;
    }
  | { id: number; type: 'restore' }
  | { id: number; type: 'clear' };

export type WorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'cells'; first: boolean; rows: Cell[] }
  | { id: number; type: 'initiatives'; packed: PackedInitiatives }
  | { id: number; type: 'ready' }
  | { id: number; type: 'imported'; report: ImportReport; savedAt: string | null }
  | { id: number; type: 'restored'; savedAt: string | null }
  | { id: number; type: 'cleared' }
  | { id: number; type: 'error'; message: string };

export const ROWS_PER_MESSAGE = 500;
