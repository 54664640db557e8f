import type { Map as MapLibreMap } from 'maplibre-gl';
import { featureIdOf } from '../domain/atlas.ts';
import { hasFilters } from '../domain/filters.ts';
import { isBefore2025, municipalityAt } from '../domain/land.ts';
import { selectPlaces, selectView } from '../state/derived.ts';
import { selectShownPieceClass } from '../state/land.ts';
import { previewShown, startupOf } from '../state/startup.ts';
import type { AppState, useAppStore } from '../state/store.ts';
import { boundsOf, duration, fitTo, paddingBeside, panelOverMap } from './camera.ts';
import { LABEL_SOURCE, zoneLabels } from './labels.ts';
import {
  coverageIndex,
  type MunicipalityState,
  outlinedFilter,
  provinceBorder,
  SOURCES,
  selectedOutline,
  zoneBorder,
} from './layers.ts';
import { outreachSync } from './outreach.ts';
import { addSurroundings, labelLayers, setLabelPlaces } from './style.ts';
import { applyVintage } from './vintage.ts';

type Styled = Pick<MunicipalityState, 'coverage' | 'match'>;

/**
 * One-way flow, store → map. A filter or data change only calls setFeatureState for the
 * municipalities whose state changed: geometry is uploaded once, as the source is made (style.ts's
 * addAtlas), and never again.
 * With `restored`, the camera came from the URL and stays where it is until something moves it.
 * The start-up's phase (state/startup.ts) says what to draw; this says back what it drew.
 */
export function syncMapWithStore(
  map: MapLibreMap,
  store: typeof useAppStore,
  { restored = false }: { restored?: boolean } = {},
): () => void {
  const startup = startupOf(store);
  // What each municipality shows now: the classes the source was made with (the start-up's
  // preview, addAtlas), then what was set here. Only a difference is set, so data that agree with
  // the preview set none.
  const applied = new Map<string, Styled>(
    [...(store.getState().startup.preview ?? [])].map(([nis, coverage]) => [
      nis,
      { coverage: coverageIndex(coverage), match: true },
    ]),
  );
  /** Removes the names and the neighbours, once added (after the first complete map). */
  let removeSurroundings: (() => void) | undefined;
  const feature = (nis: string) => ({ source: SOURCES.municipalities, id: featureIdOf(nis) });
  const label = (nis: string) => ({ source: LABEL_SOURCE, id: featureIdOf(nis) });

  // The names are of the date's municipalities: their match is kept apart from the pieces'.
  const labelled = new Map<string, boolean>();
  const applyStyle = (state: AppState) => {
    // Until the data are in, the build's classes of the public facts (no filter: all match);
    // the view is not derived for them. The fill is by piece of land (src/domain/land.ts).
    const matches = previewShown(state) ? undefined : selectView(state).matches;
    const classOf = selectShownPieceClass(state);
    const land = state.places?.land;
    for (const piece of land?.pieces ?? []) {
      const owner = land ? municipalityAt(land, piece.nis, state.asOf) : piece.nis;
      const next: Styled = {
        coverage: coverageIndex(classOf(piece.nis)),
        match: matches ? matches.has(owner) : true,
      };
      const previous = applied.get(piece.nis);
      if (previous?.coverage === next.coverage && previous.match === next.match) continue;
      map.setFeatureState(feature(piece.nis), next);
      applied.set(piece.nis, next);
    }
    if (!removeSurroundings) return;
    for (const m of selectPlaces(state)?.municipalities ?? []) {
      const match = matches ? matches.has(m.nis) : true;
      // A name never set shows as matching (layers.ts's isMatch); states outlive a change of date.
      if ((labelled.get(m.nis) ?? true) === match) continue;
      map.setFeatureState(label(m.nis), { match });
      labelled.set(m.nis, match);
    }
  };
  // The municipality of the date: a merged one by its own outline, not its former parts'.
  const applySelection = (state: AppState) => {
    if (state.places)
      map.setFilter(
        selectedOutline.id,
        outlinedFilter(state.places.land, state.selected ? [state.selected] : [], state.asOf),
      );
  };
  /** Crossing 1 January 2025: the outlines and the names of the other municipalities. */
  const applyLand = (state: AppState) => {
    if (state.places) applyVintage(map, state.places.land, state.asOf);
    const places = selectPlaces(state);
    if (removeSurroundings && places) {
      setLabelPlaces(map, places);
      applyStyle(state);
    }
  };
  const applyBorders = (state: AppState) => {
    const visibility = (on: boolean) => (on ? 'visible' : 'none');
    // The zones' borders and names come with the surroundings, which apply this once added.
    if (removeSurroundings) {
      map.setLayoutProperty(zoneBorder.id, 'visibility', visibility(state.showZoneBorders));
      map.setLayoutProperty(zoneLabels(state.language).id, 'visibility', visibility(state.showZoneBorders));
    }
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
  // The phase moves forward once through each of these: each draws, then says so, once.
  const onPhase = (state: AppState, previous: AppState | undefined) => {
    const { phase } = state.startup;
    if (phase === previous?.startup.phase) return;
    if (phase === 'preview') whenDrawn(() => startup.drew('preview'));
    if (phase === 'data')
      whenDrawn(() => {
        startup.drew('data');
        map.getContainer().dataset.choropleth = 'ready';
        addNames(store.getState());
      });
  };
  const addNames = (state: AppState) => {
    if (removeSurroundings || !state.places || !state.geometry) return;
    const places = selectPlaces(state) ?? state.places;
    removeSurroundings = addSurroundings(map, places, state.geometry.zoneBorders, state.language);
    applyStyle(state);
    applyBorders(state);
    map.once('idle', () => {
      map.getContainer().dataset.names = 'ready';
    });
  };

  const applyOutreach = outreachSync(map);

  const initial = store.getState();
  applyStyle(initial);
  applyOutreach(initial);
  applyLand(initial);
  applySelection(initial);
  applyBorders(initial);
  onPhase(initial, undefined);
  // A shared view (restored) wins over fitting to the filters or the selection.
  if (!restored && initial.selected) flyToSelected(initial);
  else if (!restored && hasFilters(initial.filters)) fitToMatches(initial);

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.cells !== previous.cells ||
      state.initiatives !== previous.initiatives ||
      state.filters !== previous.filters ||
      state.asOf !== previous.asOf ||
      state.startup.phase !== previous.startup.phase
    ) {
      applyStyle(state);
    }
    if (state.filters !== previous.filters) fitToMatches(state);
    const crossed = isBefore2025(state.asOf) !== isBefore2025(previous.asOf) || state.places !== previous.places;
    if (crossed) applyLand(state);
    if (state.selected !== previous.selected || crossed) applySelection(state);
    if (
      state.showZoneBorders !== previous.showZoneBorders ||
      state.showProvinceBorders !== previous.showProvinceBorders
    ) {
      applyBorders(state);
    }
    if (state.language !== previous.language) applyLanguage(state);
    if (state.outreachMap !== previous.outreachMap || state.places !== previous.places) applyOutreach(state);
    if (state.flyRequest !== previous.flyRequest) flyToSelected(state);
    onPhase(state, previous);
  });
  return () => {
    unsubscribe();
    removeSurroundings?.();
  };
}
