import type { LineLayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { AppState, useAppStore } from '../state/store.ts';
import { boundsOf, duration, fitTo } from './camera.ts';
import { MAP_COLORS } from './colors.ts';
import { idIn, outlinedFilter, SOURCES, selectedOutline } from './layers.ts';
import { currentMap } from './mount.ts';

/** The municipalities with a result in the guide, outlined under the selection's outline. */
const guideOutline: LineLayerSpecification = {
  id: 'guide-results',
  type: 'line',
  source: SOURCES.municipalities,
  filter: idIn([]),
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': MAP_COLORS.guide,
    'line-width': ['interpolate', ['linear'], ['zoom'], 7, 2, 11, 3.5],
  },
};

/** Share of the stage the guide covers on a desk (layout: .guide's width), kept clear when framing. */
const GUIDE_SHARE = 0.58;

function frame(map: MapLibreMap, state: AppState, municipalities: readonly string[]) {
  const places = state.places;
  const bounds = boundsOf(municipalities.flatMap((nis) => places?.municipality.get(nis) ?? []));
  if (!bounds) return;
  const width = map.getContainer().clientWidth;
  const beside = width > 760 && state.guide ? Math.round(width * GUIDE_SHARE) : 0;
  fitTo(map, bounds, {
    padding: { top: 40, bottom: 40, right: 40, left: 40 + beside },
    maxZoom: 10,
    duration: duration(600),
  });
}

/**
 * The map follows the guide (store → map, as sync.ts does for the rest): its results outlined,
 * and a card's municipalities framed on request. Bound by the guide when it first opens.
 */
export function bindGuideMap(store: typeof useAppStore): () => void {
  const map = currentMap();
  if (!map) return () => undefined;
  const apply = (state: AppState) => {
    if (!map.getSource(SOURCES.municipalities)) return;
    if (!map.getLayer(guideOutline.id)) map.addLayer(guideOutline, selectedOutline.id);
    if (state.places)
      map.setFilter(
        guideOutline.id,
        outlinedFilter(state.places.land, (state.guide ? state.guideMatches : null) ?? [], state.asOf),
      );
  };
  apply(store.getState());
  return store.subscribe((state, previous) => {
    // The date decides how a merged municipality is outlined (layers.ts); the same filter is no change.
    if (state.guideMatches !== previous.guideMatches || state.guide !== previous.guide || state.asOf !== previous.asOf)
      apply(state);
    // The results in view as they change; a card's own municipalities when it asks.
    if (state.guide && state.guideMatches?.length && state.guideMatches !== previous.guideMatches)
      frame(map, state, state.guideMatches);
    if (state.guideFrame !== previous.guideFrame) frame(map, state, state.guideFrame.municipalities);
  });
}
