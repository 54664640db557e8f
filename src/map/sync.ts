import type { Map as MapLibreMap } from 'maplibre-gl';
import { featureIdOf } from '../domain/atlas.ts';
import { hasFilters } from '../domain/filters.ts';
import type { Coverage } from '../domain/vocabulary.ts';
import { selectPreview, selectShownClass, selectView } from '../state/derived.ts';
import type { AppState, useAppStore } from '../state/store.ts';
import { boundsOf, duration, fitTo, paddingBeside, panelOverMap } from './camera.ts';
import { mapDrawn, mapFirstDone } from './firstFrame.ts';
import { LABEL_SOURCE, zoneLabels } from './labels.ts';
import {
  coverageIndex,
  type MunicipalityState,
  provinceBorder,
  SOURCES,
  selectedFilter,
  selectedOutline,
  zoneBorder,
} from './layers.ts';
import { addSurroundings, labelLayers } from './style.ts';

type Styled = Pick<MunicipalityState, 'coverage' | 'match'>;
/**
 * Performance mark at the first idle with every municipality coloured with its class: the
 * build's preview of the public facts, or the data (read by npm run bench).
 */
export const CHOROPLETH_MARK = 'livcr:choropleth-idle';

/**
 * One-way flow, store → map. A filter or data change only calls setFeatureState for the
 * municipalities whose state changed: geometry is uploaded once, with the style, and never again.
 * With `restored`, the camera came from the URL and stays where it is until something moves it.
 */
export function syncMapWithStore(
  map: MapLibreMap,
  store: typeof useAppStore,
  { restored = false, drawn = null }: { restored?: boolean; drawn?: ReadonlyMap<string, Coverage> | null } = {},
): () => void {
  // What each municipality shows now: the classes the source was made with (`drawn`, addAtlas),
  // then what was set here. Only a difference is set, so data that agree with the preview set none.
  const applied = new Map<string, Styled>(
    [...(drawn ?? [])].map(([nis, coverage]) => [nis, { coverage: coverageIndex(coverage), match: true }]),
  );
  /** Removes the names and the neighbours, once added (after the first complete map). */
  let removeSurroundings: (() => void) | undefined;
  const feature = (nis: string) => ({ source: SOURCES.municipalities, id: featureIdOf(nis) });
  const label = (nis: string) => ({ source: LABEL_SOURCE, id: featureIdOf(nis) });

  const applyStyle = (state: AppState) => {
    // Until the data are in, the build's classes of the public facts (no filter: all match);
    // the view is not derived for them.
    const matches = selectPreview(state) ? undefined : selectView(state).matches;
    const classOf = selectShownClass(state);
    for (const m of state.places?.municipalities ?? []) {
      const next: Styled = {
        coverage: coverageIndex(classOf(m.nis)),
        match: matches ? matches.has(m.nis) : true,
      };
      const previous = applied.get(m.nis);
      if (previous?.coverage === next.coverage && previous.match === next.match) continue;
      map.setFeatureState(feature(m.nis), next);
      if (removeSurroundings && previous?.match !== next.match)
        map.setFeatureState(label(m.nis), { match: next.match });
      applied.set(m.nis, next);
    }
  };
  const applySelection = (state: AppState) => map.setFilter(selectedOutline.id, selectedFilter(state.selected));
  const applyBorders = (state: AppState) => {
    const visibility = (on: boolean) => (on ? 'visible' : 'none');
    map.setLayoutProperty(zoneBorder.id, 'visibility', visibility(state.showZoneBorders));
    if (removeSurroundings)
      map.setLayoutProperty(zoneLabels(state.language).id, 'visibility', visibility(state.showZoneBorders));
    map.setLayoutProperty(provinceBorder.id, 'visibility', visibility(state.showProvinceBorders));
  };
  const applyLanguage = (state: AppState) => {
    if (!removeSurroundings) return;
    for (const layer of labelLayers(state.language)) {
      map.setLayoutProperty(layer.id, 'text-field', layer.layout?.['text-field']);
    }
  };
  const fitToMatches = (state: AppState) => {
    const bounds = boundsOf(selectView(state).matched);
    if (bounds)
      fitTo(map, bounds, { padding: paddingBeside(map, panelOverMap(state)), maxZoom: 11, duration: duration(600) });
  };
  const flyToSelected = (state: AppState) => {
    const m = state.selected ? state.places?.municipality.get(state.selected) : undefined;
    if (m) map.fitBounds(m.bbox, { padding: paddingBeside(map, true), maxZoom: 10, duration: duration(800) });
  };

  // Once drawn and idle; with nothing left to load or draw, 'idle' comes only after a repaint
  // (when the data changed nothing the preview drew, say).
  const whenDrawn = (then: () => void) => {
    map.once('idle', then);
    if (map.loaded()) map.triggerRepaint();
  };
  // The first complete coloured map: the preview's or the data's, whichever is drawn first.
  let painted = false;
  const markPainted = () => {
    if (painted) return;
    painted = true;
    performance.mark(CHOROPLETH_MARK);
    mapFirstDone();
  };
  let previewed = false;
  const markPreview = (state: AppState) => {
    if (previewed || !selectPreview(state)) return;
    previewed = true;
    whenDrawn(markPainted);
  };
  let marked = false;
  const markWhenComplete = (state: AppState) => {
    if (marked || state.load.status !== 'ready') return;
    marked = true;
    whenDrawn(() => {
      markPainted();
      mapDrawn();
      map.getContainer().dataset.choropleth = 'ready';
      addNames(store.getState());
    });
  };
  const addNames = (state: AppState) => {
    if (removeSurroundings || !state.places) return;
    removeSurroundings = addSurroundings(map, state.places, state.language);
    for (const [nis, styled] of applied) if (!styled.match) map.setFeatureState(label(nis), { match: false });
    applyBorders(state);
    map.once('idle', () => {
      map.getContainer().dataset.names = 'ready';
    });
  };

  const initial = store.getState();
  applyStyle(initial);
  applySelection(initial);
  applyBorders(initial);
  markPreview(initial);
  markWhenComplete(initial);
  // A shared view (restored) wins over fitting to the filters or the selection.
  if (!restored && initial.selected) flyToSelected(initial);
  else if (!restored && hasFilters(initial.filters)) fitToMatches(initial);

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.cells !== previous.cells ||
      state.initiatives !== previous.initiatives ||
      state.filters !== previous.filters ||
      state.asOf !== previous.asOf ||
      state.preview !== previous.preview ||
      state.load !== previous.load
    ) {
      applyStyle(state);
    }
    if (state.filters !== previous.filters) fitToMatches(state);
    if (state.selected !== previous.selected) applySelection(state);
    if (
      state.showZoneBorders !== previous.showZoneBorders ||
      state.showProvinceBorders !== previous.showProvinceBorders
    ) {
      applyBorders(state);
    }
    if (state.language !== previous.language) applyLanguage(state);
    if (state.flyRequest !== previous.flyRequest) flyToSelected(state);
    markPreview(state);
    markWhenComplete(state);
  });
  return () => {
    unsubscribe();
    removeSurroundings?.();
  };
}
