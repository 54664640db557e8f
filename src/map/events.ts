import i18next from 'i18next';
import type { MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { Municipality } from '../domain/atlas.ts';
import { nisOfFeature } from '../domain/atlas.ts';
import { municipalityAt } from '../domain/land.ts';
import { placeName, zoneName } from '../i18n/content.ts';
import { selectPlaces, selectView } from '../state/derived.ts';
import { selectShownPieceClass } from '../state/land.ts';
import type { AppState, useAppStore } from '../state/store.ts';
import { COVERAGE_COLORS } from './colors.ts';
import { hoverOutline, municipalityFill, outlineIdAt, SOURCES, selectedOutline } from './layers.ts';

/**
 * Name, coverage class and police zone, as DOM text: nothing from the data is read as HTML. The
 * class is the hovered piece's: in a merged municipality known in part, it names the former one.
 */
function fillTooltip(tooltip: HTMLElement, m: Municipality, piece: Municipality, state: AppState): void {
  const { language } = state;
  const coverage = selectShownPieceClass(state)(piece.nis);
  const zone = state.places?.zone.get(m.zone);
  const line = (className: string, text: string) => {
    const element = document.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
  };
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = COVERAGE_COLORS[coverage];
  const status = line('map-tooltip-status', i18next.t(`coverage.${coverage}`, { lng: language }));
  status.prepend(swatch);
  const zoneText = zone ? `${i18next.t('filters.zone', { lng: language })}: ${zoneName(zone, language)}` : '';
  // Where the merged municipality is known only in part, the class shown is this former one's.
  const part = selectView(state).partial.has(m.nis)
    ? [line('map-tooltip-part', i18next.t('land.formerPart', { lng: language, name: placeName(piece, language) }))]
    : [];
  tooltip.replaceChildren(
    line('map-tooltip-name', placeName(m, language)),
    status,
    ...part,
    line('map-tooltip-zone', zoneText),
  );
}

/** Beside the pointer, flipped to its other side near the map's right or bottom edge. */
function place(tooltip: HTMLElement, point: { x: number; y: number }): void {
  const parent = tooltip.parentElement;
  const width = parent?.clientWidth ?? Number.POSITIVE_INFINITY;
  const height = parent?.clientHeight ?? Number.POSITIVE_INFINITY;
  const x = point.x + 14 + tooltip.offsetWidth > width ? point.x - 14 - tooltip.offsetWidth : point.x + 14;
  const y = point.y + 14 + tooltip.offsetHeight > height ? point.y - 14 - tooltip.offsetHeight : point.y + 14;
  tooltip.style.transform = `translate(${Math.max(0, x)}px, ${Math.max(0, y)}px)`;
}

/** Map → store: hover highlights and describes a municipality, a click selects it. */
export function bindMapEvents(map: MapLibreMap, store: typeof useAppStore, tooltip: HTMLElement): () => void {
  let hovered: number | undefined;
  /**
   * The hovered municipality of the date, outlined by feature-state (layers.ts's hoverOutline):
   * from 2025 a merged one by its own outline, not its former parts'.
   */
  const setHover = (nis: string | undefined) => {
    const state = store.getState();
    const id = nis === undefined || !state.places ? undefined : outlineIdAt(state.places.land, nis, state.asOf);
    if (hovered === id) return;
    if (!map.getLayer(hoverOutline.id)) map.addLayer(hoverOutline, selectedOutline.id);
    if (hovered !== undefined) map.setFeatureState({ source: SOURCES.municipalities, id: hovered }, { hover: false });
    if (id !== undefined) map.setFeatureState({ source: SOURCES.municipalities, id }, { hover: true });
    hovered = id;
  };
  /** The piece of land under the pointer, and the municipality of the date it lies in. */
  const nisOf = (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.id;
    const land = store.getState().places?.land;
    return id === undefined || !land ? undefined : municipalityAt(land, nisOfFeature(id), store.getState().asOf);
  };
  const pieceOf = (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.id;
    return id === undefined ? undefined : store.getState().places?.land.piece.get(nisOfFeature(id));
  };

  // A tap is a click, not a hover: the browser's mouse events after a touch would leave the hover
  // card on the map above the details' sheet. The pointer events before them say what moved.
  let touch = false;
  const onPointer = (event: PointerEvent) => {
    touch = event.pointerType !== 'mouse';
    if (touch) onLeave();
  };
  const canvas = map.getCanvasContainer();
  canvas.addEventListener('pointerdown', onPointer, { capture: true });
  canvas.addEventListener('pointermove', onPointer, { capture: true });

  const onMove = (event: MapLayerMouseEvent) => {
    if (touch) return;
    const nis = nisOf(event);
    const state = store.getState();
    const municipality = nis ? selectPlaces(state)?.municipality.get(nis) : undefined;
    const piece = pieceOf(event);
    setHover(municipality?.nis);
    map.getCanvas().style.cursor = municipality ? 'pointer' : '';
    if (!municipality || !piece) {
      tooltip.hidden = true;
      return;
    }
    const key = `${piece.nis} ${municipality.nis} ${state.language} ${selectShownPieceClass(state)(piece.nis)}`;
    if (tooltip.dataset.key !== key) {
      fillTooltip(tooltip, municipality, piece, state);
      tooltip.dataset.key = key;
    }
    tooltip.hidden = false;
    place(tooltip, event.point);
  };
  function onLeave() {
    setHover(undefined);
    map.getCanvas().style.cursor = '';
    tooltip.hidden = true;
  }
  const onClick = (event: MapLayerMouseEvent) => {
    const nis = nisOf(event);
    if (nis && selectPlaces(store.getState())?.municipality.has(nis)) store.getState().select(nis);
  };

  map.on('mousemove', municipalityFill.id, onMove);
  map.on('mouseleave', municipalityFill.id, onLeave);
  map.on('click', municipalityFill.id, onClick);
  return () => {
    map.off('mousemove', municipalityFill.id, onMove);
    map.off('mouseleave', municipalityFill.id, onLeave);
    map.off('click', municipalityFill.id, onClick);
    canvas.removeEventListener('pointerdown', onPointer, { capture: true });
    canvas.removeEventListener('pointermove', onPointer, { capture: true });
  };
}
