import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockFolder } from './folderLock.ts';
import { APP_ROLE, type Db, type Queryable, type Row } from './types.ts';

const wrap = (target: PGlite | Transaction): Queryable => ({
  query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
    (await target.query<T>(sql, [...params])).rows,
  exec: async (sql) => {
    await target.exec(sql);
  },
});

/**
 * Embedded PostgreSQL (WebAssembly) in a folder, or in memory without one: the register starts
 * on a machine with nothing installed. One connection; PGlite queues queries and transactions.
 */
export async function openPglite(
  dataDir?: string,
  /** A dumpDataDir() tarball to start from: tests start from one migrated database. */
  loadDataDir?: Blob,
): Promise<Db & { asApp(app: boolean): Promise<void>; dump(): Promise<Blob> }> {
  const release = dataDir ? lockFolder(dataDir) : () => {};
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(loadDataDir ? { loadDataDir } : {}) }).catch(
    (error: unknown) => {
      release();
      throw error;
    },
  );
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    // The single connection is the owner while migrating, then the application role.
    asApp: async (app) => {
      await db.query(app ? `SET ROLE ${APP_ROLE}` : 'RESET ROLE');
    },
    dump: () => db.dumpDataDir('none'),
    close: async () => {
      await db.close();
      release();
    },
  };
}
