/** A result row as both drivers give it: column name → value. */
export type Row = Record<string, unknown>;

/** What a query needs: parameterised SQL only ($1, $2, ...), never values spliced into text. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements without parameters: migrations only. */
  exec(sql: string): Promise<void>;
}

/**
 * The one storage interface: node-postgres and PGlite both implement it, so the same
 * migrations and the same queries run on either.
 */
export interface Db extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The application's database role: SELECT and INSERT only on the audit table (migration 001). */
export const APP_ROLE = 'livcr_app';
