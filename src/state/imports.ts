import type { StateCreator } from 'zustand';
import type { ImportReport } from '../data/import/report.ts';
import type { ImportMode } from '../domain/merge.ts';
import type { AppState } from './store.ts';

export type ImportProgress = { fileName: string; done: number; total: number } | null;

export interface ImportSlice {
  importMode: ImportMode;
  importProgress: ImportProgress;
  importReports: ImportReport[];
  /** When the data on screen was imported and saved in this browser; null for the shipped data. */
  savedAt: string | null;
  setImportMode: (mode: ImportMode) => void;
  setImportProgress: (progress: ImportProgress) => void;
  addImportReport: (report: ImportReport) => void;
  clearImportReports: () => void;
  setSavedAt: (savedAt: string | null) => void;
}

export const createImportSlice: StateCreator<AppState, [], [], ImportSlice> = (set, get) => ({
  importMode: 'replace',
  importProgress: null,
  importReports: [],
  savedAt: null,
  setImportMode: (importMode) => set({ importMode }),
  setImportProgress: (importProgress) => set({ importProgress }),
  addImportReport: (report) => set({ importReports: [...get().importReports, report] }),
  clearImportReports: () => set({ importReports: [] }),
  setSavedAt: (savedAt) => set({ savedAt }),
});
