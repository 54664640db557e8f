import type { AuditAction } from './audit.ts';
import { batched } from './batch.ts';
import { isUnavailable } from './db/resilience.ts';
import type { Db } from './db/types.ts';
import type { CellRow } from './declaration.ts';

export interface NewDeclaration {
  nis: string;
  cell: CellRow;
  declaredBy: number;
  /** The client's Idempotency-Key: a retry with it gets the declaration stored the first time. */
  key?: string;
}

/** What became of one declaration: stored now, found stored by an earlier try, or over the cap. */
export type Declared = { id: number; replayed: boolean } | 'pending_cap';

/** Pending declarations one editor may have for one municipality: one editor cannot bury the queue. */
export const PENDING_CAP = 20;

/** Serialises the writers of several processes, so that the pending cap holds across them. */
const WRITER_LOCK = 7_121_002;

/**
 * Stores pending declarations with their audit rows, in one statement per batch (see batch.ts).
 * Rows whose key is already stored get that declaration; rows past the pending cap are refused;
 * the others go in input order, so the identity values they get rise in that order too, and
 * the k-th id answers the k-th stored row.
 */
export function declarationWriter(db: Db, cap = PENDING_CAP): (declaration: NewDeclaration) => Promise<Declared> {
  return batched(
    async (items: NewDeclaration[]) => {
      const rows = await db.transaction(async (tx) => {
        if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
        return tx.query<{ n: number; id: number | null; outcome: 'created' | 'existing' | 'capped' }>(
          `WITH input AS (
           SELECT e->>'nis' AS nis, e->'cell' AS cell, (e->>'declaredBy')::integer AS declared_by, e->>'key' AS key, n
             FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t (e, n)
         ), existing AS (
           SELECT i.n, d.id FROM input i
             JOIN declarations d ON d.declared_by = i.declared_by AND d.idempotency_key = i.key
         ), pending AS (
           -- Counted up to the cap only: a write costs the same however many rows are pending.
           SELECT k.declared_by, k.nis,
                  (SELECT count(*) FROM (SELECT 1 FROM declarations d
                     WHERE d.state = 'pending' AND d.declared_by = k.declared_by AND d.nis = k.nis
                     LIMIT $3) capped) AS count
             FROM (SELECT DISTINCT declared_by, nis FROM input) k
         ), ranked AS (
           SELECT i.*, row_number() OVER (PARTITION BY i.declared_by, i.nis ORDER BY i.n) + coalesce(p.count, 0) AS rank
             FROM input i LEFT JOIN pending p USING (declared_by, nis)
            WHERE i.n NOT IN (SELECT n FROM existing)
         ), allowed AS (
           SELECT * FROM ranked WHERE rank <= $3
         ), declared AS (
           INSERT INTO declarations (nis, cell, declared_by, idempotency_key)
           SELECT nis, cell, declared_by, key FROM allowed ORDER BY n
           RETURNING id, declared_by
         ), audited AS (
           INSERT INTO audit (actor, action, subject) SELECT declared_by, $2, id::text FROM declared
         )
         SELECT n::integer, id, 'existing' AS outcome FROM existing
         UNION ALL
         SELECT a.n::integer, d.id, 'created' FROM
           (SELECT n, row_number() OVER (ORDER BY n) AS k FROM allowed) a
           JOIN (SELECT id, row_number() OVER (ORDER BY id) AS k FROM declared) d USING (k)
         UNION ALL
         SELECT n::integer, NULL, 'capped' FROM ranked WHERE rank > $3`,
          [JSON.stringify(items), 'declaration' satisfies AuditAction, cap],
        );
      });
      const byN = new Map(rows.map((r) => [Number(r.n), r]));
      return items.map((_, i): Declared => {
        const row = byN.get(i + 1);
        if (!row) throw new Error('the batch returned no row for a declaration');
        if (row.outcome === 'capped' || row.id === null) return 'pending_cap';
        return { id: row.id, replayed: row.outcome === 'existing' };
      });
    },
    200,
    (error) => !isUnavailable(error),
  );
}
