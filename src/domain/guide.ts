import type { InitiativeTable } from './initiativeTable.ts';
import type { Places } from './places.ts';
import { type Initiative, type Language, type OriginKind, originKind } from './types.ts';
import { REVIEW_STATES, type ReviewState, type Theme } from './vocabulary.ts';

/**
 * One initiative of the guide: the rows with the same title and source are one initiative that
 * several municipalities share (the joint reporting point of zone TARL is one, not four).
 */
export interface GuideEntry {
  key: string;
  initiative: Initiative;
  municipalities: string[];
  /** The language its title is in (the source's). */
  language: Language;
  review: ReviewState;
  /** Neither a confirmation nor its source within three years of the date on view. */
  mayHaveEnded: boolean;
  regions: string[];
  provinces: string[];
  zones: string[];
}

/** The years after its latest confirmation (or its source) that an initiative is shown as current. */
export const FRESH_YEARS = 3;

const TITLE_ORDER: Language[] = ['nl', 'fr', 'de', 'en'];
export const titleLanguage = (i: Initiative): Language => TITLE_ORDER.find((l) => i.title[l]) ?? 'en';

/** The one rule of freshness: the latest of the confirmation and the source's date, plus three years. */
export function mayHaveEnded(i: Pick<Initiative, 'confirmedOn' | 'sourceDate'>, onDay: string): boolean {
  const latest = [i.confirmedOn, i.sourceDate]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  if (!latest) return true;
  const [year = 0, month = 12, day = 31] = latest.split('-').map(Number);
  // A year alone counts to its last day, a month to its last day: the reading kindest to the source.
  const end = new Date(Date.UTC(year + FRESH_YEARS, month - 1, latest.split('-').length === 3 ? day : 28));
  return end.toISOString().slice(0, 10) < onDay;
}

/** The date on view: the timeline's, else today. */
export const dayOnView = (asOf: string, now = new Date()) => asOf || now.toISOString().slice(0, 10);

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The rows' key: the same title (any language) and the same source make one initiative. */
function keyOf(i: Initiative): string {
  const source = i.sourceUrl || i.source;
  if (!source) return `id:${i.id}`;
  return `${TITLE_ORDER.map((l) => fold(i.title[l] ?? '')).join('|')}\n${source}\n${i.origin}`;
}

/** The guide's initiatives: rows grouped, each with what its facets read. */
export function guideEntries(
  table: InitiativeTable,
  rows: Iterable<number>,
  places: Places | null,
  onDay: string,
): GuideEntry[] {
  const byKey = new Map<string, GuideEntry>();
  for (const row of rows) {
    const initiative = table.row(row);
    const key = keyOf(initiative);
    const found = byKey.get(key);
    if (found) {
      for (const nis of initiative.municipalities)
        if (!found.municipalities.includes(nis)) found.municipalities.push(nis);
      continue;
    }
    byKey.set(key, {
      key: initiative.id,
      initiative,
      municipalities: [...initiative.municipalities],
      language: titleLanguage(initiative),
      review: initiative.reviewState ?? 'described',
      mayHaveEnded: mayHaveEnded(initiative, onDay),
      regions: [],
      provinces: [],
      zones: [],
    });
  }
  const entries = [...byKey.values()];
  for (const entry of entries) {
    const of = (pick: (nis: string) => string | undefined) => [
      ...new Set(entry.municipalities.map(pick).filter((v): v is string => !!v)),
    ];
    entry.regions = of((nis) => places?.municipality.get(nis)?.region);
    entry.provinces = of((nis) => places?.municipality.get(nis)?.province);
    entry.zones = of((nis) => places?.municipality.get(nis)?.zone);
  }
  return entries;
}

export const FACETS = [
  'theme',
  'region',
  'province',
  'zone',
  'language',
  'year',
  'dataset',
  'review',
  'municipality',
] as const;
export type Facet = (typeof FACETS)[number];
export type FacetChoice = Partial<Record<Facet, string>>;

/** The values an entry has for a facet (several for an initiative shared across areas). */
export function facetValues(entry: GuideEntry, facet: Facet): string[] {
  switch (facet) {
    case 'theme':
      return [entry.initiative.theme];
    case 'region':
      return entry.regions;
    case 'province':
      return entry.provinces;
    case 'zone':
      return entry.zones;
    case 'language':
      return [entry.language];
    case 'year':
      return [entry.initiative.startYear ? String(entry.initiative.startYear) : 'none'];
    case 'dataset':
      return [originKind(entry.initiative.origin) satisfies OriginKind];
    case 'review':
      return [entry.mayHaveEnded ? 'ended' : entry.review];
    case 'municipality':
      return entry.municipalities;
  }
}

export const matchesFacets = (entry: GuideEntry, choice: FacetChoice, except?: Facet) =>
  FACETS.every((f) => f === except || !choice[f] || facetValues(entry, f).includes(choice[f] ?? ''));

export interface FacetCount {
  /** The entries that match the other facets: the list's count when this facet is left open. */
  total: number;
  values: Map<string, number>;
}

/**
 * Each facet's values with their counts among the entries that match the other facets (the
 * usual faceted search: choosing a theme still shows the other themes' counts).
 */
export function facetCounts(entries: readonly GuideEntry[], choice: FacetChoice): Record<Facet, FacetCount> {
  const counts = Object.fromEntries(FACETS.map((f) => [f, { total: 0, values: new Map<string, number>() }])) as Record<
    Facet,
    FacetCount
  >;
  for (const facet of FACETS) {
    const count = counts[facet];
    for (const entry of entries) {
      if (!matchesFacets(entry, choice, facet)) continue;
      count.total += 1;
      for (const value of facetValues(entry, facet)) count.values.set(value, (count.values.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

export const isReviewState = (value: string): value is ReviewState =>
  (REVIEW_STATES as readonly string[]).includes(value);
export type { Theme };
