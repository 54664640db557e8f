import { landOf } from '../domain/land.ts';
import type { Places } from '../domain/places.ts';
import type { Cell } from '../domain/types.ts';
import type { Coverage } from '../domain/vocabulary.ts';
import { selectView } from './derived.ts';
import { previewShown } from './startup.ts';
import type { AppState } from './store.ts';

/**
 * The class each piece of land shows on the map (src/domain/land.ts): the build's preview while
 * the data load (it is by piece too), else the view's.
 */
export function selectShownPieceClass(s: AppState): (piece: string) => Coverage {
  const preview = previewShown(s);
  if (preview) return (piece) => preview.get(piece) ?? 'nodata';
  const { coverage } = selectView(s).pieces;
  return (piece) => coverage.get(piece) ?? 'nodata';
}

let last: { places: Places; cells: Cell[]; result: Map<string, Cell[]> } | undefined;
/** Every statement about each piece of land, at any date: the details' history, by the land it named. */
export function selectCellsByPiece(s: AppState): ReadonlyMap<string, Cell[]> {
  if (!s.places) return new Map();
  if (last?.places === s.places && last.cells === s.cells) return last.result;
  const result = new Map<string, Cell[]>();
  for (const cell of s.cells) {
    for (const piece of landOf(s.places.land, cell)) {
      const list = result.get(piece);
      if (list) list.push(cell);
      else result.set(piece, [cell]);
    }
  }
  last = { places: s.places, cells: s.cells, result };
  return result;
}
