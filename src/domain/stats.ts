import type { Municipality } from './atlas.ts';
import { isInForce } from './coverage.ts';
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

export interface StatsInput {
  coverage: ReadonlyMap<string, Coverage>;
  cells: readonly Cell[];
  initiatives: InitiativeTable;
  asOf?: string;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
export const isCovered = (coverage: Coverage | undefined) => coverage === 'municipal' || coverage === 'zonal';

/** An initiative counts from its start year on; one without a year counts whatever the date. */
export const initiativeInForce = (startYear: number | undefined, asOf?: string) =>
  !asOf || !startYear || startYear <= Number(asOf.slice(0, 4));

/** Statistics over a set of municipalities: a cell or initiative counts if it touches the set. */
export function computeStats(set: readonly Municipality[], input: StatsInput): Stats {
  const inSet = new Set(set.map((m) => m.nis));
  const stats: Stats = {
    municipalities: set.length,
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
    if (isCovered(input.coverage.get(m.nis))) {
      stats.covered += 1;
      stats.populationCovered += m.population;
    }
  }
  for (const cell of input.cells) {
    if (!isInForce(cell, input.asOf) || !cell.municipalities.some((nis) => inSet.has(nis))) continue;
    stats.cells += 1;
    stats.cellsByLevel[cell.level] += 1;
    stats.cellsByStatus[cell.status] += 1;
  }
  // Through the table's index by municipality: the cost follows the set, not the whole file,
  // which matters when statistics are computed for each of 178 zones.
  const { initiatives } = input;
  const counted = new Set<number>();
  for (const m of set) {
    for (const i of initiatives.rowsOf(m.nis)) {
      if (counted.has(i) || !initiativeInForce(initiatives.startYear(i), input.asOf)) continue;
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
  populationCovered: number;
}

/** Cumulative active cells and population covered, at the first day of each year. */
export function timeline(
  municipalities: readonly Municipality[],
  cells: readonly Cell[],
  coverageAt: (asOf: string) => ReadonlyMap<string, Coverage>,
  from: number,
  to: string,
): TimelinePoint[] {
  const dates: string[] = [];
  for (let year = from; `${year}-01-01` <= to; year++) dates.push(`${year}-01-01`);
  dates.push(to);
  return dates.map((date) => {
    const coverage = coverageAt(date);
    return {
      date,
      activeCells: cells.filter((c) => c.status === 'active' && isInForce(c, date)).length,
      populationCovered: municipalities.reduce(
        (sum, m) => sum + (isCovered(coverage.get(m.nis)) ? m.population : 0),
        0,
      ),
    };
  });
}
