import type { StateCreator } from 'zustand';
import type { ImportReport } from '../data/import/report.ts';
import type { ProblemTotals } from '../data/import/trim.ts';
import type { SaveResult } from '../data/protocol.ts';
import type { ImportMode } from '../domain/merge.ts';
import type { AppState } from './store.ts';

export type ImportProgress = { fileName: string; done: number; total: number; waiting?: boolean } | null;

/** One file's import: its report, whether its rows were kept, and its rejected rows as CSV. */
export interface ImportResult {
  report: ImportReport;
  save: SaveResult;
  rejectedCsv?: Blob;
  /** Set when the report carries only the first problems of each kind. */
  totals?: ProblemTotals;
}

export interface ImportSlice {
  /** The user's choice; null until they choose (merge once they have rows of their own). */
  importMode: ImportMode | null;
  importProgress: ImportProgress;
  importResults: ImportResult[];
  setImportMode: (mode: ImportMode) => void;
  setImportProgress: (progress: ImportProgress) => void;
  addImportResult: (result: ImportResult) => void;
  clearImportReports: () => void;
}

export const createImportSlice: StateCreator<AppState, [], [], ImportSlice> = (set, get) => ({
  importMode: null,
  importProgress: null,
  importResults: [],
  setImportMode: (importMode) => set({ importMode }),
  setImportProgress: (importProgress) => set({ importProgress }),
  addImportResult: (result) => set({ importResults: [...get().importResults, result] }),
  clearImportReports: () => set({ importResults: [] }),
});
