import { appendAudit } from './audit.ts';
import type { Db } from './db/types.ts';
import { PENDING_CAP } from './declare.ts';
import type { InitiativeRow } from './initiative.ts';

export interface NewInitiative {
  municipalities: string[];
  initiative: InitiativeRow;
  declaredBy: number;
  /** The client's Idempotency-Key: a retry with it gets the initiative stored the first time. */
  key?: string;
}

/** Stored now, found stored by an earlier try, or refused: one of its municipalities is at the cap. */
export type InitiativeDeclared = { id: number; replayed: boolean } | { capped: string };

/** Serialises the writers of several processes, so that the pending cap holds across them. */
const WRITER_LOCK = 7_121_003;

/**
 * Stores a pending initiative with its audit row, unless its key is already stored (that one is
 * the answer) or its declarer already has `cap` pending initiatives naming one of its
 * municipalities (as with declarations: one editor cannot bury the queue).
 */
export async function declareInitiative(db: Db, input: NewInitiative, cap = PENDING_CAP): Promise<InitiativeDeclared> {
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
    if (input.key) {
      const [stored] = await tx.query<{ id: number }>(
        'SELECT id FROM initiative_declarations WHERE declared_by = $1 AND idempotency_key = $2',
        [input.declaredBy, input.key],
      );
      if (stored) return { id: stored.id, replayed: true };
    }
    // Counted up to the cap only: a write costs the same however many rows are pending.
    const [full] = await tx.query<{ nis: string }>(
      `SELECT m.nis FROM jsonb_array_elements_text($2::jsonb) AS m (nis)
        WHERE (SELECT count(*) FROM (SELECT 1 FROM initiative_declarations d
                 WHERE d.state = 'pending' AND d.declared_by = $1 AND d.municipalities ? m.nis LIMIT $3) c) >= $3
        LIMIT 1`,
      [input.declaredBy, JSON.stringify(input.municipalities), cap],
    );
    if (full) return { capped: full.nis };
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO initiative_declarations (municipalities, initiative, declared_by, idempotency_key)
          VALUES ($1::jsonb, $2::jsonb, $3, $4) RETURNING id`,
      [JSON.stringify(input.municipalities), JSON.stringify(input.initiative), input.declaredBy, input.key ?? null],
    );
    if (!row) throw new Error('the insert returned no row');
    await appendAudit(tx, {
      actor: input.declaredBy,
      action: 'initiative_declaration',
      subject: `initiative ${row.id}`,
    });
    return { id: row.id, replayed: false };
  });
}
