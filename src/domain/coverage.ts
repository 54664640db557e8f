import type { Cell } from './types.ts';
import { COVERAGE, type Coverage } from './vocabulary.ts';

/**
 * Cells in force on a date. An active cell counts from its establishment date on; the data
 * holds no start date for the other statuses, so they count whatever the date.
 */
export function isInForce(cell: Cell, asOf?: string): boolean {
  if (!asOf || cell.status !== 'active') return true;
  return !cell.establishedOn || cell.establishedOn <= asOf;
}

function coverageOfCell(cell: Cell): Coverage {
  if (cell.status === 'none') return 'none';
  if (cell.status === 'in_preparation') return 'preparation';
  return cell.level === 'municipal' ? 'municipal' : 'zonal';
}

const precedence = (c: Coverage) => COVERAGE.indexOf(c);

/** Coverage per municipality: the strongest state among the cells that cover it. */
export function computeCoverage(cells: readonly Cell[], asOf?: string): Map<string, Coverage> {
  const result = new Map<string, Coverage>();
  for (const cell of cells) {
    if (!isInForce(cell, asOf)) continue;
    const coverage = coverageOfCell(cell);
    for (const nis of cell.municipalities) {
      const current = result.get(nis);
      if (!current || precedence(coverage) < precedence(current)) result.set(nis, coverage);
    }
  }
  return result;
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
