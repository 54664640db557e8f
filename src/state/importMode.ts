import type { DataState } from '../data/protocol.ts';
import type { Kind } from '../data/saved/schema.ts';
import type { ImportMode } from '../domain/merge.ts';
import type { AppState } from './store.ts';

/**
 * The mode an import gets when the user has not chosen one: merge. The public facts stay on
 * screen under the file's rows (same id: the file's row wins), and a kind that an earlier import
 * chose to replace stays replaced. Replacing is the user's choice, announced before it happens.
 */
export const DEFAULT_IMPORT_MODE: ImportMode = 'merge';

/** The mode the panel shows and the data worker applies: one decision, read by both. */
export const importModeOf = (s: Pick<AppState, 'importMode'>): ImportMode => s.importMode ?? DEFAULT_IMPORT_MODE;

/** What an import of `kind` in `mode` does to what is on screen, for the panel to say beforehand. */
export interface ImportEffect {
  kind: Kind;
  /** Shipped rows of this kind that leave the screen (a replace), or stay hidden (replaced before). */
  hides: number;
  /** Shipped rows of this kind that stay on screen under the file's rows. */
  keeps: number;
  /** The user's saved rows of this kind that a replace puts aside (those the file does not bring). */
  ownAtRisk: number;
}

export function importEffect(state: DataState | null, mode: ImportMode, kind: Kind): ImportEffect {
  const shipped = state?.shippedCounts[kind] ?? 0;
  const hidden = mode === 'replace' || !!state?.replaced.includes(kind);
  return {
    kind,
    hides: hidden ? shipped : 0,
    keeps: hidden ? 0 : shipped,
    ownAtRisk: mode === 'replace' ? (state?.userCounts[kind] ?? 0) : 0,
  };
}
