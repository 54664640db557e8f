import type { FilterSpecification, Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import { featureIdOf } from '../domain/atlas.ts';
import { hasFilters } from '../domain/filters.ts';
import type { Language } from '../domain/types.ts';
import { selectView } from '../state/derived.ts';
import type { AppState, useAppStore } from '../state/store.ts';
import { FONT_BOLD, MAP_COLORS } from './colors.ts';
import { nameIn } from './context.ts';
import { LABEL_SOURCE, zoneLabels } from './labels.ts';
import { idIn } from './layers.ts';

const LAYER = 'matched-labels';
/** More matches than this are a region or a province: the towns' own layer names them well. */
const MAX_NAMED = 80;

const layer = (language: Language, filter: FilterSpecification): SymbolLayerSpecification => ({
  id: LAYER,
  type: 'symbol',
  source: LABEL_SOURCE,
  filter,
  layout: {
    ...nameIn(language),
    'text-font': ['literal', FONT_BOLD],
    'text-size': 12.5,
    'text-max-width': 7,
    'text-padding': 2,
    // Big towns first among the matches too: forty small names would crowd out Hasselt.
    'symbol-sort-key': ['-', ['get', 'population']],
  },
  paint: { 'text-color': MAP_COLORS.label, 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1.8 },
});

/** The municipalities a filter leaves, when few enough to name each one; null otherwise. */
function matchedIds(state: AppState): number[] | null {
  if (!state.places || state.startup.phase !== 'data' || !hasFilters(state.filters)) return null;
  const matched = selectView(state).matched;
  return matched.length > MAX_NAMED ? null : matched.map((m) => featureIdOf(m.nis));
}

/**
 * The municipalities a filter leaves are named first, small ones too: the towns' layer names only
 * big towns when zoomed out, so with a theme that leaves Schaarbeek, "Brussel" stood beside it and
 * Schaarbeek had no name. A layer above the towns' (placed first), filtered to the matches.
 */
export function bindMatchedLabels(map: MapLibreMap, store: typeof useAppStore): () => void {
  const apply = () => {
    const state = store.getState();
    if (!map.getSource(LABEL_SOURCE)) return;
    const ids = matchedIds(state);
    const filter = idIn(ids ?? []);
    if (!map.getLayer(LAYER)) map.addLayer(layer(state.language, filter), zoneLabels(state.language).id);
    else {
      map.setFilter(LAYER, filter);
      map.setLayoutProperty(LAYER, 'text-field', ['get', `name_${state.language}`]);
    }
  };
  // The names' source comes after the first complete map (style.ts addSurroundings).
  const onData = (event: { sourceId?: string }) => {
    if (event.sourceId === LABEL_SOURCE && !map.getLayer(LAYER)) apply();
  };
  map.on('sourcedata', onData);
  apply();
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.filters !== previous.filters ||
      state.language !== previous.language ||
      state.startup.phase !== previous.startup.phase ||
      state.cells !== previous.cells ||
      state.initiatives !== previous.initiatives ||
      state.asOf !== previous.asOf
    )
      apply();
  });
  return () => {
    map.off('sourcedata', onData);
    unsubscribe();
  };
}
