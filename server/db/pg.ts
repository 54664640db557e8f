import pg from 'pg';
import type { APP_ROLE, Db, Queryable, Row } from './types.ts';

export interface PgOptions {
  url: string;
  /** Sets search_path on every connection: tests use a fresh schema per run. */
  schema?: string;
  /** SET ROLE on every connection: the server runs as the application role, not the owner. */
  role?: typeof APP_ROLE;
}

/** Identifiers cannot be parameters; a schema name must be plain to go into the startup options. */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

const clientOf = (client: pg.PoolClient): Queryable => ({
  query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
    (await client.query<T>(sql, [...params])).rows,
  exec: async (sql) => {
    await client.query(sql);
  },
});

/** PostgreSQL through a node-postgres pool. */
export function openPostgres({ url, schema, role }: PgOptions): Db {
  if (schema && !IDENTIFIER.test(schema)) throw new Error(`Not a plain schema name: ${schema}`);
  // Startup options, not a query after connecting: every pooled connection gets them before use.
  const settings = [schema ? `-c search_path=${schema}` : '', role ? `-c role=${role}` : ''].filter(Boolean);
  const pool = new pg.Pool({ connectionString: url, ...(settings.length ? { options: settings.join(' ') } : {}) });
  return {
    kind: 'postgres',
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await pool.query<T>(sql, [...params])).rows,
    exec: async (sql) => {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(clientOf(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
