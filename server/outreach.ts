import type { OutreachRow } from '../src/contract/reach.ts';
import { OUTREACH_STATES, type OutreachState } from '../src/contract/vocabulary.ts';
import { decodeCoverage } from '../src/domain/coverage.ts';
import { createLand } from '../src/domain/land.ts';
import type { ShippedData } from './content.ts';
import type { Queryable } from './db/types.ts';

/** A municipality's row of the outreach view (its schema: src/contract/reach.ts). */
export type { OutreachRow };
export { OUTREACH_STATES, type OutreachState };

const listOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split('|').filter(Boolean) : [];

/**
 * Every municipality's furthest step: an approved statement, else a pending declaration, else an
 * active editor account, else a live invitation, else public facts (the build's coverage of the
 * public record), else nothing. Five small queries, whatever the number of municipalities.
 */
export async function outreachStates(db: Queryable, shipped: ShippedData): Promise<OutreachRow[]> {
  const [approved, pending, active, invited] = await Promise.all([
    db.query<{ municipalities: string; day: string }>(
      `SELECT cell->>'municipalities' AS municipalities, cell->>'source_date' AS day FROM statements`,
    ),
    db.query<{ municipalities: string }>(
      `SELECT cell->>'municipalities' AS municipalities FROM declarations WHERE state = 'pending'`,
    ),
    db.query<{ municipalities: string[] }>(
      `SELECT municipalities FROM users WHERE role = 'editor' AND disabled_at IS NULL`,
    ),
    db.query<{ municipalities: string[] }>(
      `SELECT municipalities FROM invitations
        WHERE accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
    ),
  ]);
  const approvedOn = new Map<string, string>();
  for (const row of approved) {
    for (const nis of listOf(row.municipalities)) {
      if ((approvedOn.get(nis) ?? '') < row.day) approvedOn.set(nis, row.day);
    }
  }
  const sets = [pending, active, invited].map((rows) => new Set(rows.flatMap((r) => listOf(r.municipalities)))) as [
    Set<string>,
    Set<string>,
    Set<string>,
  ];
  const named = publiclyNamed(shipped);
  return shipped.lookup.municipalities.map((m) => {
    const state: OutreachState = approvedOn.has(m.nis)
      ? 'approved'
      : sets[0].has(m.nis)
        ? 'declaration_pending'
        : sets[1].has(m.nis)
          ? 'account_active'
          : sets[2].has(m.nis)
            ? 'invited'
            : named.has(m.nis)
              ? 'public_facts'
              : 'no_information';
    return { nis: m.nis, province: m.province, zone: m.zone, state, approvedOn: approvedOn.get(m.nis) ?? null };
  });
}

/**
 * Today's municipalities the public facts name: the build's classes are by piece of land (the
 * 581 of 2019–2024, src/domain/land.ts); a merged municipality known in part counts as named.
 */
export function publiclyNamed(shipped: Pick<ShippedData, 'lookup'>): Set<string> {
  const land = createLand(shipped.lookup);
  const classes = decodeCoverage(land.pieces, shipped.lookup.publicCoverage) ?? new Map();
  return new Set([...classes].filter(([, c]) => c !== 'nodata').map(([piece]) => land.successorOf(piece)));
}

export function countStates(rows: readonly OutreachRow[]): Record<OutreachState, number> {
  const counts = Object.fromEntries(OUTREACH_STATES.map((s) => [s, 0])) as Record<OutreachState, number>;
  for (const row of rows) counts[row.state] += 1;
  return counts;
}
