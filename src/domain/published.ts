/**
 * Counts of cells published by authorities and the press (public/data/published-counts.json).
 * Sources disagree and count different things, so each figure stands alone with its date and
 * source: figures are never added up.
 */
export const PUBLISHED_SCOPES = ['Belgium', 'Flanders', 'Wallonia', 'Brussels', 'German-speaking Community'] as const;
export type PublishedScope = (typeof PUBLISHED_SCOPES)[number];

export interface PublishedCount {
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when the source is undated. */
  date: string | null;
  scope: PublishedScope;
  cells: number | null;
  municipalitiesWithCell: number | null;
  municipalitiesWithout: number | null;
  sourceUrl: string;
}

/** The published figures for a scope, dated ones in date order, then the undated ones. */
export function countsFor(counts: readonly PublishedCount[], scope: PublishedScope) {
  const own = counts.filter((c) => c.scope === scope);
  return { dated: own.filter((c) => c.date !== null), undated: own.filter((c) => c.date === null) };
}
