import type { Lookup, Municipality } from './atlas.ts';
import { type CoverageView, coverageAt, statementDate } from './coverage.ts';
import type { Cell, Initiative } from './types.ts';

/**
 * Land and time. The pieces of land are the 581 municipalities of 2019–2024 (the source
 * geometry); the municipalities of a date are those pieces, or, from 1 January 2025, groups of
 * them. A statement covers the land it named as it was at its date, and nothing else.
 */
export const MERGERS_2025 = '2025-01-01';
/** The 589 → 581 mergers: their boundaries are not in the sources, so earlier dates use 2019's. */
export const MERGERS_2019 = '2019-01-01';

/** Whether a date ('' is today) shows the 581 municipalities of 2019–2024. */
export const isBefore2025 = (asOf: string) => asOf !== '' && asOf < MERGERS_2025;
/** Whether a statement's date (YYYY, YYYY-MM or YYYY-MM-DD) lies before the 2025 mergers. */
export const isDatedBefore2025 = (date: string) => date.slice(0, 4) < MERGERS_2025.slice(0, 4);
/**
 * The municipalities a published count of a date refers to: 589 before 2019, 581 until 2024,
 * 565 from 2025. The atlas draws 581 before 2019 too (no older boundaries in the sources).
 */
export const baseOfPublished = (date: string) => (date < MERGERS_2019 ? 589 : isDatedBefore2025(date) ? 581 : 565);
/** Whether a date lies before 2019, whose 589 municipalities the map cannot draw. */
export const isBefore2019 = (asOf: string) => asOf !== '' && asOf < MERGERS_2019;
/** The year whose municipalities a date uses: 2019 (581) or 2025 (565). */
export const vintageOf = (asOf: string): 2019 | 2025 => (isBefore2025(asOf) ? 2019 : 2025);

export interface Land {
  /** The 581 pieces, in NIS order: a 2025 municipality that did not merge is its own piece. */
  pieces: readonly Municipality[];
  piece: ReadonlyMap<string, Municipality>;
  /** The 2025 municipality a piece lies in. */
  successorOf: (piece: string) => string;
  /** The pieces of a 2025 municipality (itself when it did not merge). */
  piecesOf: (nis: string) => readonly string[];
  /** The 565 municipalities of 2025. */
  current: readonly Municipality[];
}

export function createLand(lookup: Pick<Lookup, 'municipalities' | 'parts'>): Land {
  const partsOf = new Map<string, Municipality[]>();
  for (const part of lookup.parts ?? []) {
    const list = partsOf.get(part.successor ?? '') ?? [];
    list.push(part);
    partsOf.set(part.successor ?? '', list);
  }
  const pieces = lookup.municipalities
    .flatMap((m) => partsOf.get(m.nis) ?? [m])
    .sort((a, b) => a.nis.localeCompare(b.nis));
  const successor = new Map<string, string>();
  for (const m of lookup.municipalities) for (const p of partsOf.get(m.nis) ?? [m]) successor.set(p.nis, m.nis);
  const piecesOf = new Map<string, string[]>();
  for (const m of lookup.municipalities)
    piecesOf.set(
      m.nis,
      (partsOf.get(m.nis) ?? [m]).map((p) => p.nis),
    );
  return {
    pieces,
    piece: new Map(pieces.map((p) => [p.nis, p])),
    successorOf: (piece) => successor.get(piece) ?? piece,
    piecesOf: (nis) => piecesOf.get(nis) ?? [nis],
    current: lookup.municipalities,
  };
}

/** The municipalities of a date: the 581 before 2025, the 565 from then on. */
export const municipalitiesAt = (land: Land, asOf: string): readonly Municipality[] =>
  isBefore2025(asOf) ? land.pieces : land.current;

/** The municipality of the date a piece lies in. */
export const municipalityAt = (land: Land, piece: string, asOf: string) =>
  isBefore2025(asOf) ? piece : land.successorOf(piece);

/** The pieces of a municipality of the date (a piece, before 2025, is its own). */
export const piecesAt = (land: Land, nis: string, asOf: string): readonly string[] =>
  isBefore2025(asOf) && land.piece.has(nis) ? [nis] : land.piecesOf(nis);

/** Whether a code names a municipality of the date: one of the 581 before 2025, of the 565 from then. */
export const isMunicipalityAt = (land: Land, nis: string, asOf: string) =>
  isBefore2025(asOf) ? land.piece.has(nis) : land.current.some((m) => m.nis === nis);

/**
 * The municipality of a date on the land of `nis`, a municipality of another date: the details
 * stay on the same land when the date changes. It is `nis` itself where that exists at the date
 * (Antwerp, or Asse, which did not merge); from 2025, the municipality a former one merged into.
 * Before 2025 a merger was several municipalities, and the details can show one: the part the
 * reader came from (`from`: Galmaarden → Pajottegem → back to Galmaarden, not elsewhere), else
 * the part that holds most of the land. That is also the one whose name the merger kept, where it
 * kept one (Hasselt, Lokeren, Tielt); the map shows the other parts beside it, one click away.
 */
export function sameLandAt(land: Land, nis: string, asOf: string, from?: string): string | undefined {
  if (isMunicipalityAt(land, nis, asOf)) return nis;
  if (!isBefore2025(asOf)) return land.piece.has(nis) ? land.successorOf(nis) : undefined;
  const parts = land.piecesOf(nis).filter((p) => land.piece.has(p));
  if (from && parts.includes(from)) return from;
  const area = (p: string) => land.piece.get(p)?.area ?? 0;
  return [...parts].sort((a, b) => area(b) - area(a))[0];
}

/**
 * Whether the municipality of a date is one that merged in 2025: its outline is then not any
 * piece's own but the line around its pieces (the map draws it from the shared arcs). Before
 * 2025 a piece is its own municipality, even one that merged later.
 */
export const isMergedAt = (land: Land, nis: string, asOf: string) =>
  !isBefore2025(asOf) && land.piecesOf(nis).length > 1;

/** The municipalities of 2025 made of more than one piece of land, with their pieces. */
export const mergers2025 = (land: Land): { nis: string; pieces: readonly string[] }[] =>
  land.current
    .filter((m) => land.piecesOf(m.nis).length > 1)
    .map((m) => ({ nis: m.nis, pieces: land.piecesOf(m.nis) }));

/**
 * The pieces a statement covers. It names 2025 municipalities (`municipalities`) and, where it
 * named a former municipality of a 2025 merger, that one (`parts`): then only that land. A
 * statement dated before 2025 that names a merged municipality by its name spoke of the
 * municipality that carried the name then (Hasselt in 2018 is not Kortessem); otherwise, and
 * after the merger, it covers all of it.
 */
export const landOf = (land: Land, cell: Pick<Cell, 'municipalities' | 'parts'> & Partial<Cell>): string[] =>
  landNamed(land, cell, statementDate(cell as Cell));

/** The pieces an initiative ran on: as a statement's, dated by the year it started. */
export const initiativeLand = (land: Land, initiative: Pick<Initiative, 'municipalities' | 'parts' | 'startYear'>) =>
  landNamed(land, initiative, initiative.startYear ? String(initiative.startYear) : undefined);

function landNamed(land: Land, named: { municipalities: readonly string[]; parts?: readonly string[] }, date?: string) {
  const before = date !== undefined && isDatedBefore2025(date);
  const result: string[] = [];
  for (const nis of named.municipalities) {
    const pieces = land.piecesOf(nis);
    const parts = pieces.filter((p) => named.parts?.includes(p));
    const namesake = before ? pieces.filter((p) => land.piece.get(p)?.names.nl === nameOf(land, nis)) : [];
    const covered = parts.length > 0 ? parts : pieces.length > 1 && namesake.length === 1 ? namesake : pieces;
    for (const p of covered) if (!result.includes(p)) result.push(p);
  }
  return result;
}

const nameOf = (land: Land, nis: string) => land.current.find((m) => m.nis === nis)?.names.nl;

/**
 * The class of each piece of land at a date (today without one): the latest statement in force
 * about land that contains it (coverageAt's rules). Keys are piece codes; `deciding` gives the
 * statement as it is in the data, so the details can tell it apart from the others.
 */
export function piecesCoverageAt(land: Land, cells: readonly Cell[], asOf?: string): CoverageView {
  const original = new Map<Cell, Cell>();
  const onLand = cells.map((cell) => {
    const copy = { ...cell, municipalities: landOf(land, cell) };
    original.set(copy, cell);
    return copy;
  });
  const view = coverageAt(onLand, asOf);
  const deciding = new Map<string, Cell>();
  for (const [piece, cell] of view.deciding) deciding.set(piece, original.get(cell) ?? cell);
  return { coverage: view.coverage, deciding };
}

/**
 * From the pieces to the municipalities of the date. A merged municipality takes a class only
 * where all its pieces agree; otherwise no statement speaks for the whole of it, and it is
 * `partial`: each piece shows its own class, and the details name the former municipality.
 */
export function municipalitiesCoverageAt(
  land: Land,
  pieces: CoverageView,
  asOf: string,
): CoverageView & { partial: ReadonlySet<string> } {
  if (isBefore2025(asOf)) return { ...pieces, partial: new Set() };
  const coverage = new Map(pieces.coverage);
  const deciding = new Map(pieces.deciding);
  const partial = new Set<string>();
  for (const m of land.current) {
    const parts = land.piecesOf(m.nis);
    if (parts.length === 1 && parts[0] === m.nis) continue;
    for (const p of parts) {
      coverage.delete(p);
      deciding.delete(p);
    }
    const classes = new Set(parts.map((p) => pieces.coverage.get(p)));
    const [only] = classes;
    const cell = parts
      .map((p) => pieces.deciding.get(p))
      .sort((a, b) => (statementDate(b as Cell) ?? '').localeCompare(statementDate(a as Cell) ?? ''))[0];
    if (classes.size === 1 && only && cell) {
      coverage.set(m.nis, only);
      deciding.set(m.nis, cell);
    } else if (classes.size > 1) partial.add(m.nis);
  }
  return { coverage, deciding, partial };
}
