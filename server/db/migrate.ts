import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Db } from './types.ts';

const MIGRATIONS = resolve(import.meta.dirname, '../migrations');
const FILE = /^(\d+)_[\w-]+\.sql$/;

/** The numbered SQL files of server/migrations, in order. */
export function migrationFiles(dir = MIGRATIONS): { version: number; name: string; sql: string }[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const match = FILE.exec(name);
      return match ? [{ version: Number(match[1]), name, sql: readFileSync(resolve(dir, name), 'utf8') }] : [];
    })
    .sort((a, b) => a.version - b.version);
}

/** The highest migration applied, 0 on an empty database. */
export async function migrationVersion(db: Db): Promise<number> {
  const [row] = await db.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return row?.version ?? 0;
}

/**
 * Applies the migrations not yet in schema_migrations, in one transaction, as the owner. On
 * PostgreSQL an advisory lock makes a second process starting at the same time wait, then find
 * nothing left to do (README "More than one instance"); PGlite's folder has one process.
 */
export async function migrate(db: Db): Promise<number> {
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [REGISTER_LOCK]);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
    for (const file of migrationFiles()) {
      if (done.has(file.version)) continue;
      await tx.exec(file.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [file.version, file.name]);
    }
  });
  return migrationVersion(db);
}

/**
 * The register's advisory lock key (any constant bigint): migrations and the first admin take it,
 * so that two processes starting together on one database do them once.
 */
export const REGISTER_LOCK = 7_121_001;
