import pg from 'pg';
import type { APP_ROLE, Db, Queryable, Row } from './types.ts';

export interface PgOptions {
  url: string;
  /** Sets search_path on every connection: tests use a fresh schema per run. */
  schema?: string;
  /** SET ROLE on every connection: the server runs as the application role, not the owner. */
  role?: typeof APP_ROLE;
  /** Names the connections in pg_stat_activity (operators; the fault tests find them by it). */
  applicationName?: string;
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
export function openPostgres({ url, schema, role, applicationName = 'livcr-register' }: PgOptions): Db {
  if (schema && !IDENTIFIER.test(schema)) throw new Error(`Not a plain schema name: ${schema}`);
  // Startup options, not a query after connecting: every pooled connection gets them before use.
  const settings = [schema ? `-c search_path=${schema}` : '', role ? `-c role=${role}` : ''].filter(Boolean);
  const pool = new pg.Pool({
    connectionString: url,
    application_name: applicationName,
    // A database that does not answer fails the request (503) rather than holding it forever.
    connectionTimeoutMillis: 5_000,
    ...(settings.length ? { options: settings.join(' ') } : {}),
  });
  // A restart, a failover or pg_terminate_backend ends connections: the pool drops them and opens
  // new ones on demand, so the server recovers by itself. Without these listeners Node would treat
  // the 'error' event as fatal and end the process (an idle client reports to the pool; a checked-out
  // one, between two queries of a transaction, to itself).
  pool.on('error', (error) => console.warn(`PostgreSQL: an idle connection ended (${error.message})`));
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
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
        client.release();
        return result;
      } catch (error) {
        // A broken connection cannot roll back: it is destroyed, not returned to the pool.
        const broken = await client.query('ROLLBACK').then(
          () => undefined,
          (rollback: unknown) => (rollback instanceof Error ? rollback : new Error(String(rollback))),
        );
        client.release(broken);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
