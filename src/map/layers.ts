import type {
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { OUTREACH_STATES } from '../contract/vocabulary.ts';
import { featureIdOf } from '../domain/atlas.ts';
import { isMergedAt, type Land } from '../domain/land.ts';
import { COVERAGE, type Coverage } from '../domain/vocabulary.ts';
import { COVERAGE_COLORS, MAP_COLORS, OUTREACH_COLORS } from './colors.ts';

/**
 * One GeoJSON source holds the municipalities and, as more features with a `kind`, the province
 * borders, the 2025 mergers' borders and outlines: one upload and one tiling in the worker, one
 * tile set to draw from. The police zones' borders, shown only on request, have a source of their
 * own, added after the first map (style.ts's addSurroundings): their long lines were a quarter of
 * the first map's vertices, and cutting them into tiles held it back (phone 1.19 → 1.12 × the
 * floor, median of 8).
 */
export const SOURCES = { municipalities: 'municipalities', zoneBorders: 'zone-borders' } as const;
export type BorderKind = 'province' | 'merged' | 'former' | 'outline';
/** The municipalities' own layers leave the border features out. */
const polygonsOnly: FilterSpecification = ['!', ['has', 'kind']];
const bordersOf = (kind: BorderKind): FilterSpecification => ['==', ['get', 'kind'], kind];

/**
 * The features with one of these ids. A feature without one (a border, a province's name) is never
 * among them: `in` over its missing id fails, and MapLibre warns on the console for each.
 */
export const idIn = (ids: readonly number[]): ExpressionSpecification => [
  'all',
  ['==', ['typeof', ['id']], 'number'],
  ['in', ['id'], ['literal', ids]],
];

/** Feature-state keys on municipalities: everything a filter or selection changes lives here. */
export interface MunicipalityState {
  coverage: number;
  match: boolean;
}

export const coverageIndex = (coverage: Coverage) => COVERAGE.indexOf(coverage);

/**
 * The class drawn: the feature-state's (sync.ts), else the feature's own `coverage` property,
 * which the build's preview of the public facts gives every municipality when the source is made
 * (style.ts): the first map then needs no feature-state at all.
 */
export const PREVIEW_PROPERTY = 'coverage';
const fillColor: ExpressionSpecification = [
  'match',
  ['to-number', ['coalesce', ['feature-state', 'coverage'], ['get', PREVIEW_PROPERTY]], coverageIndex('nodata')],
  ...COVERAGE.flatMap((c) => [coverageIndex(c), COVERAGE_COLORS[c]]),
  COVERAGE_COLORS.nodata,
] as unknown as ExpressionSpecification;

/** Feature-state key of the moderators' outreach map (outreach.ts): the index of the state. */
export const OUTREACH_KEY = 'outreach';
const outreachColor: ExpressionSpecification = [
  'match',
  ['to-number', ['coalesce', ['feature-state', OUTREACH_KEY], 0]],
  ...OUTREACH_STATES.flatMap((s, i) => [i, OUTREACH_COLORS[s]]),
  OUTREACH_COLORS.no_information,
] as unknown as ExpressionSpecification;

/** What the fill colours by: the statements' classes, or (moderators) the register's outreach. */
export type MapMode = 'coverage' | 'outreach';
export const fillColorOf = (mode: MapMode) => (mode === 'outreach' ? outreachColor : fillColor);

const isMatch: ExpressionSpecification = ['!=', ['feature-state', 'match'], false];

/**
 * The municipalities, coloured by class, with their borders as the fill's own outline (a hairline
 * drawn with the polygons, no line layer of its own: one bucket and one program fewer on the way
 * to the first map). The hovered municipality is outlined by a layer of its own (hoverOutline).
 */
export const municipalityFill: FillLayerSpecification = {
  id: 'municipalities-fill',
  type: 'fill',
  source: SOURCES.municipalities,
  filter: polygonsOnly,
  paint: {
    'fill-color': fillColor,
    // Filtered-out municipalities fade but stay visible, so the map keeps its context.
    'fill-opacity': ['case', isMatch, 0.9, 0.14],
    'fill-outline-color': MAP_COLORS.municipalityBorder,
  },
};

export const zoneBorder: LineLayerSpecification = {
  id: 'zone-borders',
  type: 'line',
  source: SOURCES.zoneBorders,
  layout: { visibility: 'none', 'line-join': 'round' },
  paint: {
    'line-color': MAP_COLORS.zoneBorder,
    'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 11, 2],
    'line-dasharray': [3, 1.5],
  },
};

export const provinceBorder: LineLayerSpecification = {
  id: 'province-borders',
  type: 'line',
  source: SOURCES.municipalities,
  filter: bordersOf('province'),
  // Mitred joins: round ones add a fan of triangles at every vertex of every border.
  paint: {
    'line-color': MAP_COLORS.provinceBorder,
    'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.1, 11, 2.8],
  },
};

/**
 * From 2025, the outlines of the municipalities that merged then: their pieces' own outlines are
 * hidden (vintage.ts), since the pieces are the municipalities of 2019–2024.
 */
export const mergedOutline: LineLayerSpecification = {
  id: 'merged-outlines',
  type: 'line',
  source: SOURCES.municipalities,
  filter: bordersOf('merged'),
  paint: { 'line-color': MAP_COLORS.municipalityBorder, 'line-width': 1 },
};

/** From 2025, the former borders inside a merged municipality, dotted: where a part's class ends. */
export const formerBorder: LineLayerSpecification = {
  id: 'former-borders',
  type: 'line',
  source: SOURCES.municipalities,
  filter: bordersOf('former'),
  paint: { 'line-color': MAP_COLORS.municipalityBorder, 'line-width': 0.8, 'line-dasharray': [1, 2] },
};

/**
 * The selected municipality's outline, in a layer of its own above every border, so that no
 * neighbour's edge is drawn over it. Its filter names the selection (sync.ts); none at first.
 */
export const selectedOutline: LineLayerSpecification = {
  id: 'municipality-selected',
  type: 'line',
  source: SOURCES.municipalities,
  filter: idIn([]),
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': MAP_COLORS.selected,
    'line-width': ['interpolate', ['linear'], ['zoom'], 7, 2.5, 11, 4],
  },
};

/**
 * The hovered municipality's outline, above every border: the fill's own outline would be drawn
 * over by its neighbours' where they meet. It holds every outline of the source, shown only where
 * the feature-state says `hover` (events.ts): hovering restyles, it uploads nothing and re-tiles
 * nothing. Added at the first hover, after the first map (adding it cuts the loaded tiles once
 * more, which the first map does not wait for); mitred joins, as for the provinces.
 */
export const hoverOutline: LineLayerSpecification = {
  id: 'municipality-hover',
  type: 'line',
  source: SOURCES.municipalities,
  filter: ['any', ['!', ['has', 'kind']], ['==', ['get', 'kind'], 'outline']],
  paint: {
    'line-color': MAP_COLORS.highlight,
    'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.5, 11, 2.5],
    'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0],
  },
};

/**
 * The outlines of the 2025 mergers are features of their own (style.ts), numbered past every NIS
 * code (five digits), so that none takes a piece's number: Antwerp (11002) is both.
 */
export const mergedOutlineId = (nis: string) => 100_000 + featureIdOf(nis);

/**
 * The feature that outlines a municipality of the date: from 2025 a merged one's own outline,
 * never its pieces' (their borders are former ones); otherwise its piece of land.
 */
export const outlineIdAt = (land: Land, nis: string, asOf: string) =>
  isMergedAt(land, nis, asOf) ? mergedOutlineId(nis) : featureIdOf(nis);

/** The outlines of these municipalities of the date (outlineIdAt's), or of none. */
export const outlinedFilter = (land: Land, municipalities: readonly string[], asOf: string): FilterSpecification =>
  idIn(municipalities.map((nis) => outlineIdAt(land, nis, asOf)));

/** Bottom to top; the zones' borders go under the provinces', the names (labels.ts) above all. */
export const LAYERS = [municipalityFill, mergedOutline, formerBorder, provinceBorder, selectedOutline];
