import { migrate } from './migrate.ts';
import { openPostgres } from './pg.ts';
import { openPglite } from './pglite.ts';
import { APP_ROLE, type Db } from './types.ts';

export interface StorageOptions {
  /** PostgreSQL when set; otherwise PGlite in `dataDir` (in memory when that is unset too). */
  databaseUrl?: string;
  dataDir?: string;
  schema?: string;
  /** PostgreSQL: the connections' application_name. */
  applicationName?: string;
  /** PGlite: start from this dump (see openPglite). */
  pgliteDump?: Blob;
}

/**
 * Migrates as the owner, then hands back a connection as the application role, which cannot
 * alter the audit. On PostgreSQL these are two pools; PGlite has one connection and switches role.
 */
export async function openStorage(options: StorageOptions): Promise<Db> {
  if (options.databaseUrl) {
    const base = { url: options.databaseUrl, ...(options.schema ? { schema: options.schema } : {}) };
    const owner = openPostgres(base);
    try {
      await migrate(owner);
    } finally {
      await owner.close();
    }
    return openPostgres({
      ...base,
      role: APP_ROLE,
      ...(options.applicationName ? { applicationName: options.applicationName } : {}),
    });
  }
  const db = await openPglite(options.dataDir, options.pgliteDump);
  await migrate(db);
  await db.asApp(true);
  return db;
}

/** `npm run register -- migrate`: migrations only, as the owner; returns the version reached. */
export async function migrateOnly(options: StorageOptions): Promise<number> {
  const db = options.databaseUrl
    ? openPostgres({ url: options.databaseUrl, ...(options.schema ? { schema: options.schema } : {}) })
    : await openPglite(options.dataDir);
  try {
    return await migrate(db);
  } finally {
    await db.close();
  }
}
