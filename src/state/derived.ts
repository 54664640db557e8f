import { type CoverageView, coverageAt, groupByMunicipality } from '../domain/coverage.ts';
import { filterMunicipalities } from '../domain/filters.ts';
import { type Cell, type Origin, type OriginKind, originKind } from '../domain/types.ts';
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

const viewOf = memo((cells: Cell[], asOf: string) => coverageAt(cells, asOf || undefined));
const cellsByNis = memo((cells: Cell[]) => groupByMunicipality(cells));

/** The statements in force at the timeline's date: each municipality's class and the statement behind it. */
export const selectCoverageView = (s: AppState): CoverageView => viewOf(s.cells, s.asOf);
export const selectCoverage = (s: AppState): Map<string, Coverage> => selectCoverageView(s).coverage;
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

const originsOf = memo((cells: Cell[], initiatives: AppState['initiatives']) => {
  const origins = new Set<Origin>(initiatives.origins);
  for (const cell of cells) origins.add(cell.origin);
  return origins;
});

/** The datasets the rows on screen come from: public sources, examples, the register, files by name. */
export const selectOrigins = (s: AppState): ReadonlySet<Origin> => originsOf(s.cells, s.initiatives);
const kindsOf = memo((origins: ReadonlySet<Origin>) => new Set([...origins].map(originKind)));
/** The kinds of those datasets. */
export const selectOriginKinds = (s: AppState): ReadonlySet<OriginKind> => kindsOf(selectOrigins(s));
