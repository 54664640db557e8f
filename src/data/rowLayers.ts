import { combine } from '../domain/merge.ts';
import type { Cell, Initiative } from '../domain/types.ts';

/**
 * The data worker's two layers. The shipped content (public facts or examples) is loaded at
 * every start and never saved. The user's own rows are saved, by kind, either over the shipped
 * rows (merged: same id, the user's row wins) or in place of them. What the map shows is
 * computed from both; every row keeps its origin.
 */
export interface UserKind<T> {
  rows: T[];
  withShipped: boolean;
}

export interface UserLayer {
  cells?: UserKind<Cell>;
  initiatives?: UserKind<Initiative>;
}

export interface ShippedLayer {
  cells: Cell[];
  initiatives: Initiative[];
}

/** The rows of one kind on screen: the shipped ones, the user's over them (merged), or the user's alone. */
export function shownRows<T extends { id: string }>(shipped: readonly T[], user: UserKind<T> | undefined): T[] {
  if (!user) return [...shipped];
  return user.withShipped ? combine(shipped, user.rows, 'merge') : user.rows;
}

/** The user's rows of one kind after an import of `incoming` in `mode`. */
export function applyImport<T extends { id: string }>(
  user: UserKind<T> | undefined,
  incoming: T[],
  mode: 'replace' | 'merge',
): UserKind<T> {
  if (mode === 'replace') return { rows: incoming, withShipped: false };
  if (!user) return { rows: incoming, withShipped: true };
  return { rows: combine(user.rows, incoming, 'merge'), withShipped: user.withShipped };
}

/** Saved rows a replace would remove: those whose id the new file does not bring. */
export function removedBy<T extends { id: string }>(user: UserKind<T> | undefined, incoming: readonly T[]): number {
  if (!user) return 0;
  const kept = new Set(incoming.map((row) => row.id));
  return user.rows.filter((row) => !kept.has(row.id)).length;
}
