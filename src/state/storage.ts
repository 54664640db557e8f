import type { StateCreator } from 'zustand';
import type { DataState, ReplaceQuestion } from '../data/protocol.ts';
import type { AppState } from './store.ts';

/** How much this origin stores, and whether the browser promised to keep it. */
export interface StorageUse {
  used: number;
  quota: number;
  persisted: boolean;
}

/**
 * What the data worker says about the data (set by the bridge, bridge.ts, with the rows), and the
 * question it is waiting on, if any.
 */
export interface StorageSlice {
  dataState: DataState | null;
  replaceQuestion: ReplaceQuestion | null;
  storageUse: StorageUse | null;
  /** An action that failed (offline, storage), as a message key and its detail. */
  actionError: { key: string; detail: string } | null;
  setReplaceQuestion: (question: ReplaceQuestion | null) => void;
  setStorageUse: (use: StorageUse | null) => void;
  setActionError: (error: { key: string; detail: string } | null) => void;
}

export const createStorageSlice: StateCreator<AppState, [], [], StorageSlice> = (set) => ({
  dataState: null,
  replaceQuestion: null,
  storageUse: null,
  actionError: null,
  setReplaceQuestion: (replaceQuestion) => set({ replaceQuestion }),
  setStorageUse: (storageUse) => set({ storageUse }),
  setActionError: (actionError) => set({ actionError }),
});
