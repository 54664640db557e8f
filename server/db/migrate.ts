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
 * Applies the migrations not yet in schema_migrations, each in its own transaction, as the
 * owner. The table lock makes a second process starting at the same time wait, then skip.
 */
export async function migrate(db: Db): Promise<number> {
  await db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  for (const file of migrationFiles()) {
    await db.transaction(async (tx) => {
      await tx.exec('LOCK TABLE schema_migrations IN EXCLUSIVE MODE');
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [file.version]);
      if (done.length > 0) return;
      await tx.exec(file.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [file.version, file.name]);
    });
  }
  return migrationVersion(db);
}
