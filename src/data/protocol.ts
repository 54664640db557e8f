import type { Lookup } from '../domain/atlas.ts';
import type { ImportMode } from '../domain/merge.ts';
import type { Cell, Initiative } from '../domain/types.ts';
import type { ImportReport } from './import/report.ts';

/**
 * Messages between the app and its data worker (src/data/worker.ts). The worker owns the
 * dataset: it parses, merges and persists, and sends rows back in chunks so that no single
 * message costs the main thread a long task to receive.
 */
export type WorkerRequest =
  | { id: number; type: 'init'; lookup: Lookup }
  | { id: number; type: 'import'; bytes: ArrayBuffer; fileName: string; mode: ImportMode; persist: boolean }
  | { id: number; type: 'restore' }
  | { id: number; type: 'clear' };

export type DatasetRows = { kind: 'cells'; rows: Cell[] } | { kind: 'initiatives'; rows: Initiative[] };

export type WorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | ({ id: number; type: 'rows'; first: boolean } & DatasetRows)
  | { id: number; type: 'ready' }
  | { id: number; type: 'imported'; report: ImportReport; savedAt: string | null }
  | { id: number; type: 'restored'; savedAt: string | null }
  | { id: number; type: 'cleared' }
  | { id: number; type: 'error'; message: string };

export const ROWS_PER_MESSAGE = 500;
