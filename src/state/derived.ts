import { type CoverageView, coverageAt } from '../domain/coverage.ts';
import type { InitiativeTable } from '../domain/initiativeTable.ts';
import { municipalitiesCoverageAt, piecesCoverageAt } from '../domain/land.ts';
import { type Places, placesAt } from '../domain/places.ts';
import { type Cell, type Origin, type OriginKind, originKind } from '../domain/types.ts';
import { type AtlasView, deriveView } from '../domain/view.ts';
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

// Two levels, so that a filter change does not recompute what is in force at the date.
const piecesAt = memo((places: Places | null, cells: Cell[], asOf: string) =>
  places ? piecesCoverageAt(places.land, cells, asOf || undefined) : coverageAt([]),
);
const statementsAt = memo((places: Places | null, pieces: CoverageView, asOf: string) =>
  places ? municipalitiesCoverageAt(places.land, pieces, asOf) : pieces,
);
const derivedView = memo(deriveView);

/** The places of the date on view (src/domain/places.ts): 581 municipalities before 2025. */
export const selectPlaces = (s: AppState): Places | null => (s.places ? placesAt(s.places, s.asOf) : null);

/** The one derived view of the data, the filters and the date (src/domain/view.ts). */
export const selectView = (s: AppState): AtlasView => {
  const pieces = piecesAt(s.places, s.cells, s.asOf);
  return derivedView(selectPlaces(s), statementsAt(s.places, pieces, s.asOf), s.initiatives, s.filters, s.asOf, pieces);
};

const originsOf = memo((cells: Cell[], initiatives: InitiativeTable) => {
  const origins = new Set<Origin>(initiatives.origins);
  for (const cell of cells) origins.add(cell.origin);
  return origins;
});
/** The datasets the rows on screen come from: public sources, examples, the register, files by name. */
export const selectOrigins = (s: AppState): ReadonlySet<Origin> => originsOf(s.cells, s.initiatives);
const kindsOf = memo((origins: ReadonlySet<Origin>) => new Set([...origins].map(originKind)));
/** The kinds of those datasets. */
export const selectOriginKinds = (s: AppState): ReadonlySet<OriginKind> => kindsOf(selectOrigins(s));
