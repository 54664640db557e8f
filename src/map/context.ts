import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SourceSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { CONTEXT_ATTRIBUTION } from '../domain/attribution.ts';
import type { Language } from '../domain/types.ts';
import { FONT, FONT_ITALIC, MAP_COLORS } from './colors.ts';

export const CONTEXT_SOURCE = 'context';

/** Neighbouring countries and the North Sea (public/data/context.geojson, built by npm run data). */
export const contextSource = (baseUrl: string): SourceSpecification => ({
  type: 'geojson',
  data: new URL(`${baseUrl}data/context.geojson`, location.href).href,
  attribution: CONTEXT_ATTRIBUTION,
  maxzoom: 8, // 1:10m data: finer tiles would add nothing but work
});

/** A text-field that reads `name_<language>`. */
export const nameIn = (language: Language): SymbolLayerSpecification['layout'] & object => ({
  'text-field': ['get', `name_${language}`],
});

const land: FillLayerSpecification = {
  id: 'context-land',
  type: 'fill',
  source: CONTEXT_SOURCE,
  filter: ['==', ['get', 'kind'], 'land'],
  paint: { 'fill-color': MAP_COLORS.land },
};

const borders: LineLayerSpecification = {
  id: 'context-borders',
  type: 'line',
  source: CONTEXT_SOURCE,
  filter: ['==', ['get', 'kind'], 'border'],
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': MAP_COLORS.landBorder,
    'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 11, 1.6],
    'line-dasharray': [4, 2],
  },
};

/**
 * A name marked `near` (a country a phone's whole-country view, about zoom 6, shows only a sliver
 * of) waits for zoom 7: a desk's whole-country view (about 7.25) names it.
 */
const contextText = (language: Language): ExpressionSpecification => {
  const name: ExpressionSpecification = ['get', `name_${language}`];
  return ['step', ['zoom'], ['case', ['==', ['get', 'near'], true], '', name], 7, name];
};

export const contextNames = (language: Language): SymbolLayerSpecification => ({
  id: 'context-names',
  type: 'symbol',
  source: CONTEXT_SOURCE,
  filter: ['in', ['get', 'kind'], ['literal', ['country', 'sea']]],
  maxzoom: 10,
  layout: {
    'text-field': contextText(language),
    'text-font': ['case', ['==', ['get', 'kind'], 'sea'], ['literal', FONT_ITALIC], ['literal', FONT]],
    'text-size': ['interpolate', ['linear'], ['zoom'], 6, 12, 9, 15],
    'text-transform': ['case', ['==', ['get', 'kind'], 'sea'], 'none', 'uppercase'],
    'text-letter-spacing': ['case', ['==', ['get', 'kind'], 'sea'], 0.05, 0.15],
    'text-max-width': 8,
  },
  paint: {
    'text-color': ['case', ['==', ['get', 'kind'], 'sea'], MAP_COLORS.seaText, MAP_COLORS.contextText],
    'text-halo-color': 'rgba(255, 255, 255, 0.6)',
    'text-halo-width': 1,
  },
});

/** Under the atlas: land, then the neighbours' borders. Their names go on top (see labels.ts). */
export const CONTEXT_LAYERS = [land, borders];
