import type { Municipality } from './atlas.ts';
import { type CoverageView, isCovered } from './coverage.ts';
import type { InitiativeTable } from './initiativeTable.ts';
import type { Cell } from './types.ts';
import {
  CELL_LEVELS,
  CELL_STATUSES,
  type CellLevel,
  type CellStatus,
  type Coverage,
  THEMES,
  type Theme,
} from './vocabulary.ts';

export interface Stats {
  municipalities: number;
  /** Municipalities that a statement in force speaks for (the rest: no public information). */
  named: number;
  /** Municipalities with an active cell (municipal, zonal or intermunicipal). */
  covered: number;
  population: number;
  /** Each covered municipality counted once, however many cells cover it. */
  populationCovered: number;
  cells: number;
  cellsByLevel: Record<CellLevel, number>;
  cellsByStatus: Record<CellStatus, number>;
  initiatives: number;
  initiativesByTheme: Record<Theme, number>;
}

/** What statistics read of the view at a date (src/domain/view.ts). */
export interface StatsInput {
  coverage: ReadonlyMap<string, Coverage>;
  deciding: ReadonlyMap<string, Cell>;
  initiativeRows: (nis: string) => readonly number[];
  initiatives: Pick<InitiativeTable, 'theme'>;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Statistics over a set of municipalities. A cell counts if its statement decides the class of a
 * municipality in the set (so two statements about one cell count once); an initiative counts
 * if it touches the set.
 */
export function computeStats(set: readonly Municipality[], input: StatsInput): Stats {
  const stats: Stats = {
    municipalities: set.length,
    named: 0,
    covered: 0,
    population: 0,
    populationCovered: 0,
    cells: 0,
    cellsByLevel: zeros(CELL_LEVELS),
    cellsByStatus: zeros(CELL_STATUSES),
    initiatives: 0,
    initiativesByTheme: zeros(THEMES),
  };
  for (const m of set) {
    stats.population += m.population;
    if (input.coverage.has(m.nis)) stats.named += 1;
    if (isCovered(input.coverage.get(m.nis))) {
      stats.covered += 1;
      stats.populationCovered += m.population;
    }
  }
  const deciding = new Set(set.map((m) => input.deciding.get(m.nis)));
  for (const cell of deciding) {
    if (!cell) continue;
    stats.cells += 1;
    stats.cellsByLevel[cell.level] += 1;
    stats.cellsByStatus[cell.status] += 1;
  }
  // Through the table's index by municipality: the cost follows the set, not the whole file,
  // which matters when statistics are computed for each of 178 zones.
  const { initiatives } = input;
  const counted = new Set<number>();
  for (const m of set) {
    for (const i of input.initiativeRows(m.nis)) {
      if (counted.has(i)) continue;
      counted.add(i);
      stats.initiatives += 1;
      stats.initiativesByTheme[initiatives.theme(i)] += 1;
    }
  }
  return stats;
}

/** The same statistics per region, province or police zone. */
export function statsBy(key: 'region' | 'province' | 'zone', set: readonly Municipality[], input: StatsInput) {
  const groups = new Map<string, Municipality[]>();
  for (const m of set) {
    const list = groups.get(m[key]);
    if (list) list.push(m);
    else groups.set(m[key], [m]);
  }
  return [...groups.entries()].map(([id, members]) => ({ id, stats: computeStats(members, input) }));
}

export interface TimelinePoint {
  date: string;
  activeCells: number;
  municipalitiesCovered: number;
  populationCovered: number;
  /** The number of municipalities the point counts on: those of its date (land.ts). */
  base: number;
}

/**
 * Active cells, municipalities covered and population covered, each half-year and at `to`.
 * `municipalities` are those of each date (a list, or by date: 581 before 2025, 565 after).
 */
export function timeline(
  municipalities: readonly Municipality[] | ((asOf: string) => readonly Municipality[]),
  viewAt: (asOf: string) => CoverageView,
  from: number,
  to: string,
): TimelinePoint[] {
  const dates: string[] = [];
  for (let year = from; `${year}-01-01` < to; year++) {
    for (const day of [`${year}-01-01`, `${year}-07-01`]) if (day < to) dates.push(day);
  }
  dates.push(to);
  return dates.map((date) => {
    const { coverage, deciding } = viewAt(date);
    const ofDate = typeof municipalities === 'function' ? municipalities(date) : municipalities;
    const covered = ofDate.filter((m) => isCovered(coverage.get(m.nis)));
    return {
      date,
      activeCells: new Set([...deciding.values()].filter((c) => c.status === 'active')).size,
      municipalitiesCovered: covered.length,
      populationCovered: covered.reduce((sum, m) => sum + m.population, 0),
      base: ofDate.length,
    };
  });
}
