import type { Cell, Initiative } from '../domain/types.ts';

/** The imported data, kept in this browser's IndexedDB until the user clears it. */
export interface SavedDataset {
  cells: Cell[];
  initiatives: Initiative[];
  savedAt: string;
}

const DB = 'livcr-atlas';
const STORE = 'datasets';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is unavailable'));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  } finally {
    db.close();
  }
}

export const loadSaved = () => run<SavedDataset | undefined>('readonly', (s) => s.get(KEY));
export const saveDataset = (dataset: SavedDataset) => run('readwrite', (s) => s.put(dataset, KEY));
export const clearSaved = () => run('readwrite', (s) => s.delete(KEY));
