import type { Cell } from './types.ts';
import { COVERAGE, type Coverage } from './vocabulary.ts';

/**
 * The date a statement speaks from (YYYY, YYYY-MM or YYYY-MM-DD): for an active cell the day it
 * was set up, else the date of the source; "in preparation" and "no cell" with no date of their
 * own take their source's date. Undefined when neither is known.
 */
export function statementDate(cell: Cell): string | undefined {
  return cell.status === 'active' ? (cell.establishedOn ?? cell.sourceDate) : (cell.sourceDate ?? cell.establishedOn);
}

/**
 * Whether a statement's date lies on or before a day. A partial date counts from its first
 * day, and plain string order does that: "2018" < "2018-06" < "2018-06-01".
 */
const isOnOrBefore = (date: string, asOf: string) => date <= asOf;

function coverageOfCell(cell: Cell): Coverage | undefined {
  if (cell.status === 'unknown') return undefined;
  if (cell.status === 'none') return 'none';
  if (cell.status === 'in_preparation') return 'preparation';
  if (cell.level === 'unknown') return 'active';
  return cell.level === 'municipal' ? 'municipal' : 'zonal';
}

/** An active cell of any level: the municipality is covered. */
export const isCovered = (coverage: Coverage | undefined) =>
  coverage === 'municipal' || coverage === 'zonal' || coverage === 'active';

const stronger = (a: Coverage, b: Coverage) => (COVERAGE.indexOf(a) <= COVERAGE.indexOf(b) ? a : b);

export interface CoverageView {
  /** The class of each municipality that a statement speaks for; absent means no public information. */
  coverage: Map<string, Coverage>;
  /** The statement that decides each municipality's class. */
  deciding: Map<string, Cell>;
}

interface Best {
  date: string;
  coverage: Coverage;
  cell: Cell;
}

const isBetter = (a: Best, b: Best) =>
  a.date > b.date || (a.date === b.date && stronger(a.coverage, b.coverage) !== b.coverage);

/**
 * The view at a date: for each municipality, its latest statement on or before `asOf` (ties:
 * the strongest). Without a date (the current view), undated statements count too: they cannot
 * be placed in time, so the municipality shows the strongest of them and its latest dated one.
 * Statements whose status is unclear are listed in the details but decide nothing.
 */
export function coverageAt(cells: readonly Cell[], asOf?: string): CoverageView {
  const dated = new Map<string, Best>();
  const undated = new Map<string, Best>();
  for (const cell of cells) {
    const coverage = coverageOfCell(cell);
    if (!coverage) continue;
    const date = statementDate(cell);
    if (date === undefined ? asOf : asOf && !isOnOrBefore(date, asOf)) continue;
    const target = date === undefined ? undated : dated;
    const candidate: Best = { date: date ?? '', coverage, cell };
    for (const nis of cell.municipalities) {
      const best = target.get(nis);
      if (!best || isBetter(candidate, best)) target.set(nis, candidate);
    }
  }
  for (const [nis, best] of undated) {
    const current = dated.get(nis);
    if (!current || stronger(best.coverage, current.coverage) !== current.coverage) dated.set(nis, best);
  }
  const coverage = new Map<string, Coverage>();
  const deciding = new Map<string, Cell>();
  for (const [nis, best] of dated) {
    coverage.set(nis, best.coverage);
    deciding.set(nis, best.cell);
  }
  return { coverage, deciding };
}

/** The statements about a municipality that exist at a date (all of them without one), latest first. */
export function historyOf(cells: readonly Cell[], asOf?: string): Cell[] {
  return cells
    .filter((cell) => {
      const date = statementDate(cell);
      return !asOf || (date !== undefined && isOnOrBefore(date, asOf));
    })
    .sort((a, b) => (statementDate(b) ?? '9999').localeCompare(statementDate(a) ?? '9999'));
}

export function groupByMunicipality<T extends { municipalities: string[] }>(items: readonly T[]): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const item of items) {
    for (const nis of item.municipalities) {
      const list = result.get(nis);
      if (list) list.push(item);
      else result.set(nis, [item]);
    }
  }
  return result;
}

/** Each municipality's class as one digit (its index in COVERAGE), in the given order. */
export function encodeCoverage(municipalities: readonly { nis: string }[], coverage: ReadonlyMap<string, Coverage>) {
  return municipalities.map((m) => COVERAGE.indexOf(coverage.get(m.nis) ?? 'nodata')).join('');
}

/** The classes encodeCoverage wrote, or undefined if they do not fit these municipalities. */
export function decodeCoverage(
  municipalities: readonly { nis: string }[],
  encoded: string | undefined,
): Map<string, Coverage> | undefined {
  if (encoded?.length !== municipalities.length) return undefined;
  const classes = new Map<string, Coverage>();
  for (const [i, m] of municipalities.entries()) {
    const coverage = COVERAGE[Number(encoded[i])];
    if (!coverage) return undefined;
    classes.set(m.nis, coverage);
  }
  return classes;
}
