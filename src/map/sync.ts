import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Municipality } from '../domain/atlas.ts';
import { hasFilters } from '../domain/filters.ts';
import { selectView } from '../state/derived.ts';
import type { AppState, useAppStore } from '../state/store.ts';
import { coverageIndex, type MunicipalityState, provinceBorder, SOURCES, zoneBorder } from './layers.ts';

type Styled = Pick<MunicipalityState, 'coverage' | 'match'>;
const FIT_PADDING = 40;
/** Camera moves are instant for people who ask for reduced motion. */
const duration = (ms: number) => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : ms);
/** Performance mark at the first idle with every municipality coloured (read by npm run bench). */
export const CHOROPLETH_MARK = 'livcr:choropleth-idle';
const PHONE_WIDTH = 760; // matches the bottom-sheet breakpoint in app.css
const PANEL_WIDTH = 400;

/** Room for the details: a side panel on the right on a desk, a bottom sheet on a phone. */
function paddingBeside(map: MapLibreMap, withPanel: boolean): PaddingOptions {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const base = { top: FIT_PADDING, bottom: FIT_PADDING, left: FIT_PADDING, right: FIT_PADDING };
  if (!withPanel) return base;
  if (width <= PHONE_WIDTH) return { ...base, bottom: Math.min(height * 0.6, height - 120) };
  return { ...base, right: Math.min(PANEL_WIDTH + FIT_PADDING, width / 2) };
}

function boundsOf(municipalities: readonly Municipality[]): LngLatBoundsLike | undefined {
  if (municipalities.length === 0) return undefined;
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const { bbox } of municipalities) {
    west = Math.min(west, bbox[0]);
    south = Math.min(south, bbox[1]);
    east = Math.max(east, bbox[2]);
    north = Math.max(north, bbox[3]);
  }
  return [west, south, east, north];
}

/**
 * One-way flow, store → map. A filter or data change only calls setFeatureState for the
 * municipalities whose state changed: geometry is uploaded once, with the style, and never again.
 */
export function syncMapWithStore(map: MapLibreMap, store: typeof useAppStore): () => void {
  const applied = new Map<string, Styled>();
  let selected: string | null = null;
  const feature = (nis: string) => ({ source: SOURCES.municipalities, id: Number(nis) });

  const applyStyle = (state: AppState) => {
    const view = selectView(state);
    for (const m of state.places?.municipalities ?? []) {
      const next: Styled = {
        coverage: coverageIndex(view.classOf(m.nis)),
        match: view.matches.has(m.nis),
      };
      const previous = applied.get(m.nis);
      if (previous?.coverage === next.coverage && previous.match === next.match) continue;
      map.setFeatureState(feature(m.nis), next);
      applied.set(m.nis, next);
    }
  };
  const applySelection = (state: AppState) => {
    if (state.selected === selected) return;
    if (selected) map.setFeatureState(feature(selected), { selected: false });
    if (state.selected) map.setFeatureState(feature(state.selected), { selected: true });
    selected = state.selected;
  };
  const applyBorders = (state: AppState) => {
    map.setLayoutProperty(zoneBorder.id, 'visibility', state.showZoneBorders ? 'visible' : 'none');
    map.setLayoutProperty(provinceBorder.id, 'visibility', state.showProvinceBorders ? 'visible' : 'none');
  };
  const fitToMatches = (state: AppState) => {
    const bounds = boundsOf(selectView(state).matched);
    if (bounds)
      map.fitBounds(bounds, { padding: paddingBeside(map, !!state.selected), maxZoom: 11, duration: duration(600) });
  };
  const flyToSelected = (state: AppState) => {
    const m = state.selected ? state.places?.municipality.get(state.selected) : undefined;
    if (m) map.fitBounds(m.bbox, { padding: paddingBeside(map, true), maxZoom: 10, duration: duration(800) });
  };

  let marked = false;
  const markWhenComplete = (state: AppState) => {
    if (marked || state.load.status !== 'ready') return;
    marked = true;
    map.once('idle', () => {
      performance.mark(CHOROPLETH_MARK);
      map.getContainer().dataset.choropleth = 'ready';
    });
  };

  const initial = store.getState();
  applyStyle(initial);
  applySelection(initial);
  applyBorders(initial);
  markWhenComplete(initial);
  if (initial.selected) flyToSelected(initial);
  else if (hasFilters(initial.filters)) fitToMatches(initial);

  return store.subscribe((state, previous) => {
    if (
      state.cells !== previous.cells ||
      state.initiatives !== previous.initiatives ||
      state.filters !== previous.filters ||
      state.asOf !== previous.asOf
    ) {
      applyStyle(state);
    }
    if (state.filters !== previous.filters) fitToMatches(state);
    applySelection(state);
    if (
      state.showZoneBorders !== previous.showZoneBorders ||
      state.showProvinceBorders !== previous.showProvinceBorders
    ) {
      applyBorders(state);
    }
    if (state.flyRequest !== previous.flyRequest) flyToSelected(state);
    markWhenComplete(state);
  });
}
