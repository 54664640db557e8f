import type { AuditAction } from './audit.ts';
import { batched } from './batch.ts';
import type { Db } from './db/types.ts';
import type { CellRow } from './declaration.ts';

export interface NewDeclaration {
  nis: string;
  cell: CellRow;
  declaredBy: number;
}

/**
 * Stores pending declarations with their audit rows, in one statement per batch (see batch.ts):
 * atomic without a transaction. The rows go in input order, so the identity values they get
 * rise in that order too, and the sorted ids answer the callers in turn.
 */
export function declarationWriter(db: Db): (declaration: NewDeclaration) => Promise<number> {
  return batched(async (items: NewDeclaration[]) => {
    const rows = await db.query<{ id: number }>(
      `WITH input AS (
         SELECT e->>'nis' AS nis, e->'cell' AS cell, (e->>'declaredBy')::integer AS declared_by, n
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t (e, n)
       ), declared AS (
         INSERT INTO declarations (nis, cell, declared_by)
         SELECT nis, cell, declared_by FROM input ORDER BY n
         RETURNING id, declared_by
       ), audited AS (
         INSERT INTO audit (actor, action, subject) SELECT declared_by, $2, id::text FROM declared
       )
       SELECT id FROM declared ORDER BY id`,
      [JSON.stringify(items), 'declaration' satisfies AuditAction],
    );
    return rows.map((r) => r.id);
  });
}
