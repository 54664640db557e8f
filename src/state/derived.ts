import { computeCoverage, groupByMunicipality } from '../domain/coverage.ts';
import { filterMunicipalities } from '../domain/filters.ts';
import type { Cell } from '../domain/types.ts';
import type { Coverage } from '../domain/vocabulary.ts';
import type { AppState } from './store.ts';

/** Remembers the last result while every input is the same object (by identity). */
function memo<I extends readonly unknown[], O>(compute: (...inputs: I) => O): (...inputs: I) => O {
  let last: { inputs: I; output: O } | undefined;
  return (...inputs) => {
    if (last && inputs.length === last.inputs.length && inputs.every((v, i) => v === last?.inputs[i]))
      return last.output;
    last = { inputs, output: compute(...inputs) };
    return last.output;
  };
}

const coverageOf = memo((cells: Cell[], asOf: string) => computeCoverage(cells, asOf || undefined));
const cellsByNis = memo((cells: Cell[]) => groupByMunicipality(cells));

export const selectCoverage = (s: AppState): Map<string, Coverage> => coverageOf(s.cells, s.asOf);
export const selectCellsByMunicipality = (s: AppState) => cellsByNis(s.cells);

const matchesOf = memo(
  (
    places: AppState['places'],
    filters: AppState['filters'],
    coverage: Map<string, Coverage>,
    initiatives: AppState['initiatives'],
  ) => filterMunicipalities(places?.municipalities ?? [], filters, { coverage, initiatives }),
);

/** NIS codes of the municipalities that pass the filters. */
export const selectMatches = (s: AppState): Set<string> =>
  matchesOf(s.places, s.filters, selectCoverage(s), s.initiatives);

export const selectHasDemoData = (s: AppState) => s.cells.some((c) => c.demo) || s.initiatives.hasDemo;
