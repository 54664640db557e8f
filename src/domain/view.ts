import type { Municipality } from './atlas.ts';
import { type CoverageView, isCovered } from './coverage.ts';
import { type Filters, matchesFilters } from './filters.ts';
import type { InitiativeTable } from './initiativeTable.ts';
import { initiativeLand, isBefore2025, type Land } from './land.ts';
import type { Places } from './places.ts';
import type { Cell, Initiative } from './types.ts';
import { COVERAGE, type Coverage, type Theme } from './vocabulary.ts';

/** An initiative counts from its start year on; one without a year counts whatever the date. */
export const initiativeInForce = (startYear: number | undefined, asOf: string) =>
  !asOf || !startYear || startYear <= Number(asOf.slice(0, 4));

/**
 * What every consumer reads: the map, the count, the legend, the filters' options, the details,
 * the table, the statistics, the exports and the fiche. Nothing else decides what is in force at
 * the date or what matches the filters.
 */
export interface AtlasView {
  asOf: string;
  /** The municipalities of the date (src/domain/land.ts): 581 before 2025, 565 from then on. */
  total: number;
  /**
   * The class of each piece of land (the 581 of 2019–2024) and the statement deciding it: what
   * the map paints. A merged municipality can hold pieces of different classes.
   */
  pieces: CoverageView;
  /** Merged municipalities known only in part: no statement in force speaks for all of them. */
  partial: ReadonlySet<string>;
  /** The class of each municipality that a statement in force speaks for. */
  coverage: ReadonlyMap<string, Coverage>;
  /** The statement in force for each such municipality. */
  deciding: ReadonlyMap<string, Cell>;
  classOf: (nis: string) => Coverage;
  matches: ReadonlySet<string>;
  /** The municipalities that match, in lookup order. */
  matched: readonly Municipality[];
  /** Matching municipalities per class: the legend's counts follow the filters. */
  classCounts: Readonly<Record<Coverage, number>>;
  covered: number;
  named: number;
  /** Row numbers of the initiatives in force at the date in a municipality. */
  initiativeRows: (nis: string) => readonly number[];
  /** Those initiatives, decoded (the same array each time, for React). */
  initiativesIn: (nis: string) => readonly Initiative[];
  initiatives: InitiativeTable;
  /** The areas each filter offers, narrowed by the wider ones chosen. */
  options: { regions: readonly string[]; provinces: readonly string[]; zones: readonly string[] };
}

function optionsOf(places: Places | null, filters: Filters): AtlasView['options'] {
  if (!places) return { regions: [], provinces: [], zones: [] };
  const { region, province } = filters;
  return {
    regions: places.lookup.regions.map((r) => r.id),
    provinces: places.lookup.provinces.filter((p) => !region || p.region === region).map((p) => p.id),
    zones: places.lookup.zones
      .filter((z) => (province ? places.zoneProvinces(z.id).includes(province) : !region || z.region === region))
      .map((z) => z.id),
  };
}

const rowLand = new WeakMap<InitiativeTable, Map<number, readonly string[]>>();
/** The pieces of land a row of the table ran on, remembered while the table lives. */
function landOfRow(land: Land, table: InitiativeTable, i: number): readonly string[] {
  const known = rowLand.get(table) ?? new Map<number, readonly string[]>();
  rowLand.set(table, known);
  const pieces = known.get(i) ?? initiativeLand(land, table.row(i));
  known.set(i, pieces);
  return pieces;
}

const NO_STATEMENTS: CoverageView = { coverage: new Map(), deciding: new Map() };

/** `places` are the date's (placesAt); `statements` its municipalities' classes, from `pieces`. */
export function deriveView(
  places: Places | null,
  statements: CoverageView & { partial?: ReadonlySet<string> },
  initiatives: InitiativeTable,
  filters: Filters,
  asOf: string,
  pieces: CoverageView = NO_STATEMENTS,
): AtlasView {
  const { coverage, deciding } = statements;
  const classOf = (nis: string) => coverage.get(nis) ?? 'nodata';
  const rows = new Map<string, readonly number[]>();
  const land = places?.land;
  // Rows are kept by 2025 municipality. Before 2025 a municipality is a piece of land: the rows of
  // the municipality it later lay in that ran on its own land (land.ts); one that did not merge
  // has them all. Only a merger's rows are decoded, each once for the table (landOfRow).
  const rowsOn = (nis: string): readonly number[] => {
    if (!land || !isBefore2025(asOf)) return initiatives.rowsOf(nis);
    const later = land.successorOf(nis);
    if (land.piecesOf(later).length <= 1) return initiatives.rowsOf(later);
    return initiatives.rowsOf(later).filter((i) => landOfRow(land, initiatives, i).includes(nis));
  };
  const initiativeRows = (nis: string) => {
    let list = rows.get(nis);
    if (!list) {
      list = rowsOn(nis).filter((i) => initiativeInForce(initiatives.startYear(i), asOf));
      rows.set(nis, list);
    }
    return list;
  };
  const decoded = new Map<string, readonly Initiative[]>();
  const initiativesIn = (nis: string) => {
    let list = decoded.get(nis);
    if (!list) {
      list = initiativeRows(nis).map((i) => initiatives.row(i));
      decoded.set(nis, list);
    }
    return list;
  };
  const hasTheme = (nis: string, theme: Theme) => initiativeRows(nis).some((i) => initiatives.theme(i) === theme);
  const matched = (places?.municipalities ?? []).filter((m) => matchesFilters(m, filters, { classOf, hasTheme }));
  const classCounts = Object.fromEntries(COVERAGE.map((c) => [c, 0])) as Record<Coverage, number>;
  let covered = 0;
  let named = 0;
  for (const m of matched) {
    const c = classOf(m.nis);
    classCounts[c] += 1;
    if (isCovered(c)) covered += 1;
    // Known in part (a merged municipality's former parts) is named too, though no class is lent to it.
    if (c !== 'nodata' || statements.partial?.has(m.nis)) named += 1;
  }
  return {
    asOf,
    total: places?.municipalities.length ?? 0,
    pieces,
    partial: statements.partial ?? new Set(),
    coverage,
    deciding,
    classOf,
    matches: new Set(matched.map((m) => m.nis)),
    matched,
    classCounts,
    covered,
    named,
    initiativeRows,
    initiativesIn,
    initiatives,
    options: optionsOf(places, filters),
  };
}
