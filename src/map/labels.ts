import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { BRUSSELS_REGION, featureIdOf, type LabelPoint } from '../domain/atlas.ts';
import type { Places } from '../domain/places.ts';
import type { Language } from '../domain/types.ts';
import { placeName, zoneName } from '../i18n/content.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { FONT, FONT_BOLD, FONT_ITALIC, MAP_COLORS } from './colors.ts';
import { nameIn } from './context.ts';

export const LABEL_SOURCE = 'labels';
type Kind = 'municipality' | 'zone' | 'province';

function point(kind: Kind, at: LabelPoint | undefined, name: (l: Language) => string, extra = {}): Feature<Point>[] {
  if (!at) return [];
  const names = Object.fromEntries(LANGUAGES.map((l) => [`name_${l}`, name(l)]));
  return [{ type: 'Feature', properties: { kind, ...names, ...extra }, geometry: { type: 'Point', coordinates: at } }];
}

/**
 * One point per municipality, zone and province, at its build-time label point, with its name in
 * each language: a language change swaps the text-field, never the data. Municipality points
 * carry the NIS as id, so their labels fade with their fill when filtered out.
 */
export function labelFeatures(places: Places): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const m of places.municipalities) {
    for (const f of point('municipality', m.label, (l) => placeName(m, l), { population: m.population })) {
      features.push({ ...f, id: featureIdOf(m.nis) });
    }
  }
  for (const z of places.zone.values()) features.push(...point('zone', z.label, (l) => zoneName(z, l)));
  for (const p of places.province.values()) {
    // Brussels is a region, not a province: its municipality's name says it at every zoom.
    if (p.id !== BRUSSELS_REGION) features.push(...point('province', p.label, (l) => placeName(p, l)));
  }
  return { type: 'FeatureCollection', features };
}

const isKind = (kind: Kind) => ['==', ['get', 'kind'], kind] as ['==', ['get', string], string];
const halo = { 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.4 };

/**
 * Fewer names when zoomed out: below each zoom step only towns of at least that population are
 * named (an empty text places nothing), so a whole-country view names the cities, not a carpet.
 */
const POPULATION_STEPS: [number, number][] = [
  [7.6, 100_000],
  [8.2, 40_000],
  [8.7, 15_000],
];
function municipalityText(language: Language): ExpressionSpecification {
  const name: ExpressionSpecification = ['get', `name_${language}`];
  const atLeast = (population: number): ExpressionSpecification => [
    'case',
    ['>=', ['get', 'population'], population],
    name,
    '',
  ];
  const [[, first = 0] = [0, 0]] = POPULATION_STEPS;
  const steps = POPULATION_STEPS.flatMap(([zoom], i) => [zoom, atLeast(POPULATION_STEPS[i + 1]?.[1] ?? 0)]);
  return ['step', ['zoom'], atLeast(first), ...steps] as ExpressionSpecification;
}

/** Names inside their municipality, big cities placed first; collisions hide the rest until they fit. */
export const municipalityLabels = (language: Language): SymbolLayerSpecification => ({
  id: 'municipality-labels',
  type: 'symbol',
  source: LABEL_SOURCE,
  filter: isKind('municipality'),
  layout: {
    'text-field': municipalityText(language),
    'text-font': ['literal', FONT],
    'text-size': ['interpolate', ['linear'], ['get', 'population'], 5000, 11, 100000, 13, 500000, 15],
    'text-max-width': 7,
    'text-padding': 3,
    'symbol-sort-key': ['-', ['get', 'population']],
  },
  paint: {
    'text-color': MAP_COLORS.label,
    'text-opacity': ['case', ['==', ['feature-state', 'match'], false], 0.45, 1],
    ...halo,
  },
});

/** Police zones' names, shown with their borders (from zoom 8.5: below that they would crowd out the towns). */
export const zoneLabels = (language: Language): SymbolLayerSpecification => ({
  id: 'zone-labels',
  type: 'symbol',
  source: LABEL_SOURCE,
  filter: isKind('zone'),
  minzoom: 8.5,
  layout: {
    ...nameIn(language),
    visibility: 'none',
    'text-font': ['literal', FONT_ITALIC],
    'text-size': ['interpolate', ['linear'], ['zoom'], 8.5, 11.5, 11, 13.5],
    'text-max-width': 8,
    'text-padding': 4,
  },
  paint: { 'text-color': MAP_COLORS.zoneBorder, ...halo },
});

/** Provinces' names at low zoom, in spaced capitals so that they never read as a town. */
export const provinceLabels = (language: Language): SymbolLayerSpecification => ({
  id: 'province-labels',
  type: 'symbol',
  source: LABEL_SOURCE,
  filter: isKind('province'),
  maxzoom: 8.6,
  layout: {
    ...nameIn(language),
    'text-font': ['literal', FONT_BOLD],
    'text-size': ['interpolate', ['linear'], ['zoom'], 6, 10, 7.5, 13],
    'text-transform': 'uppercase',
    'text-letter-spacing': 0.1,
    'text-max-width': 7,
    'text-padding': 6,
    // Big cities are placed first; a province's name moves aside for them rather than vanish
    // (Antwerp's, beside the city of the same name, finds room only to a side).
    'text-variable-anchor': ['center', 'top', 'bottom', 'right', 'left', 'top-right', 'bottom-right'],
    'text-radial-offset': 0.9,
  },
  paint: {
    'text-color': MAP_COLORS.provinceLabel,
    'text-opacity': ['interpolate', ['linear'], ['zoom'], 8, 1, 8.6, 0],
    ...halo,
  },
});
