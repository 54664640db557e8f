import { deleteDB, type IDBPDatabase, openDB } from 'idb';
import { classify, StorageError, withTimeout } from './errors.ts';
import { type AtlasDB, DB_NAME, DB_VERSION } from './schema.ts';

/** How long the browser's storage may take to open before the app goes on without it. */
export const OPEN_TIMEOUT_MS = 4000;

let connection: Promise<IDBPDatabase<AtlasDB>> | undefined;

/**
 * The one connection of this worker, opened on first use. It closes itself when another tab
 * needs to upgrade or delete the database, and is opened again by the next call.
 */
export function openStore(timeoutMs = OPEN_TIMEOUT_MS): Promise<IDBPDatabase<AtlasDB>> {
  if (!connection) {
    const opening = openDB<AtlasDB>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion) {
        // Version 1's datasets store stays until its record is migrated (see legacy.ts).
        if (oldVersion < 2) {
          db.createObjectStore('meta');
          db.createObjectStore('chunks');
        }
      },
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
        connection = undefined;
      },
      terminated() {
        connection = undefined;
      },
    });
    connection = opening;
    opening.catch(() => {
      if (connection === opening) connection = undefined;
    });
  }
  return withTimeout(connection, timeoutMs).catch((error: unknown) => {
    throw new StorageError(classify(error));
  });
}

export async function closeStore(): Promise<void> {
  const open = connection;
  connection = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}

/** Deletes the whole database, whatever its version or state: the way out of damaged storage. */
export async function deleteStore(timeoutMs = OPEN_TIMEOUT_MS): Promise<void> {
  await closeStore();
  await withTimeout(deleteDB(DB_NAME), timeoutMs).catch((error: unknown) => {
    throw new StorageError(classify(error));
  });
}

/** Everything in the database as it is, whatever its version: for download before clearing. */
export async function dumpStore(timeoutMs = OPEN_TIMEOUT_MS): Promise<string> {
  const db = await withTimeout(openDB(DB_NAME), timeoutMs);
  try {
    const stores: Record<string, { key: unknown; value: unknown }[]> = {};
    for (const name of db.objectStoreNames) {
      const tx = db.transaction(name, 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      stores[name] = keys.map((key, i) => ({ key, value: values[i] }));
    }
    return JSON.stringify({ database: DB_NAME, version: db.version, stores }, null, 1);
  } finally {
    db.close();
  }
}
