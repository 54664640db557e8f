import { migrate } from './migrate.ts';
import { openPostgres } from './pg.ts';
import { openPglite } from './pglite.ts';
import { grantLogin, privilegeWarnings } from './privileges.ts';
import { APP_ROLE, type Db } from './types.ts';

export interface StorageOptions {
  /** PostgreSQL when set; otherwise PGlite in `dataDir` (in memory when that is unset too). */
  databaseUrl?: string;
  /**
   * PostgreSQL: the owner, who runs the migrations (MIGRATION_DATABASE_URL); `databaseUrl` when
   * unset, a one-user set-up. The server itself logs in with `databaseUrl`.
   */
  migrationUrl?: string;
  /** Hears what an operator should know at start (a superuser login, say). */
  warn?: (message: string) => void;
  dataDir?: string;
  schema?: string;
  /** PostgreSQL: the connections' application_name. */
  applicationName?: string;
  /** PGlite: start from this dump (see openPglite). */
  pgliteDump?: Blob;
}

/** PostgreSQL: migrations as the owner, then the server's login role granted the application role. */
async function prepare(options: StorageOptions & { databaseUrl: string }): Promise<number> {
  const schema = options.schema ? { schema: options.schema } : {};
  const owner = openPostgres({ url: options.migrationUrl ?? options.databaseUrl, ...schema });
  try {
    const version = await migrate(owner);
    const logins = await grantLogin(owner, options.databaseUrl);
    for (const warning of privilegeWarnings(logins)) options.warn?.(warning);
    return version;
  } finally {
    await owner.close();
  }
}

/**
 * Migrates as the owner, then hands back a connection as the application role, which cannot
 * alter the audit. On PostgreSQL these are two pools (two logins when MIGRATION_DATABASE_URL is
 * set); PGlite has one connection and switches role.
 */
export async function openStorage(options: StorageOptions): Promise<Db> {
  if (options.databaseUrl) {
    const base = { url: options.databaseUrl, ...(options.schema ? { schema: options.schema } : {}) };
    await prepare({ ...options, databaseUrl: options.databaseUrl });
    // The role is set at every connection's start too: in a one-user set-up it is all there is.
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
  if (options.databaseUrl) return prepare({ ...options, databaseUrl: options.databaseUrl });
  const db = await openPglite(options.dataDir);
  try {
    return await migrate(db);
  } finally {
    await db.close();
  }
}
