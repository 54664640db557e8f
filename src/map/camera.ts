import {
  type FitBoundsOptions,
  LngLat,
  type LngLatBoundsLike,
  type Map as MapLibreMap,
  type PaddingOptions,
} from 'maplibre-gl';
import type { Municipality } from '../domain/atlas.ts';
import type { useAppStore } from '../state/store.ts';
import type { Camera } from '../state/ui.ts';
import { BELGIUM } from './extent.ts';

const FIT_PADDING = 40;
const PHONE_WIDTH = 760; // matches the bottom-sheet breakpoint in phone.css
const PANEL_WIDTH = 400;

/** Camera moves are instant for people who ask for reduced motion. */
export const duration = (ms: number) => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : ms);

/**
 * Whether a panel lies over the map's right side (a bottom sheet on a phone): the details, or a
 * side panel such as the statistics. The table covers the map's left instead, so fitting ignores it.
 */
export const panelOverMap = (state: { selected: string | null; panel: string }): boolean =>
  !!state.selected || (state.panel !== 'none' && state.panel !== 'table');

/** Room for the details: a side panel on the right on a desk, a bottom sheet on a phone. */
export function paddingBeside(map: MapLibreMap, withPanel: boolean): PaddingOptions {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const base = { top: FIT_PADDING, bottom: FIT_PADDING, left: FIT_PADDING, right: FIT_PADDING };
  if (!withPanel) return base;
  if (width <= PHONE_WIDTH) return { ...base, bottom: Math.min(height * 0.6, height - 120) };
  return { ...base, right: Math.min(PANEL_WIDTH + FIT_PADDING, width / 2) };
}

export function boundsOf(municipalities: readonly Municipality[]): LngLatBoundsLike | undefined {
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
 * Fits the camera to the bounds unless it is there already (a filter that keeps the same
 * municipalities in view): a move to the same view would still re-place every name.
 */
export function fitTo(map: MapLibreMap, bounds: LngLatBoundsLike, options: FitBoundsOptions): void {
  const target = map.cameraForBounds(bounds, options);
  const here = map.getCenter();
  const there = target?.center ? LngLat.convert(target.center) : undefined;
  const still =
    there &&
    Math.abs((target?.zoom ?? Number.NaN) - map.getZoom()) < 1e-3 &&
    Math.abs(there.lng - here.lng) < 1e-6 &&
    Math.abs(there.lat - here.lat) < 1e-6;
  if (!still) map.fitBounds(bounds, options);
}

/** The "whole of Belgium" view, beside the details if they are open. */
export function fitBelgium(map: MapLibreMap, withPanel: boolean): void {
  map.fitBounds(BELGIUM, { padding: paddingBeside(map, withPanel), duration: duration(600) });
}

export const cameraOf = (map: MapLibreMap): Camera => {
  const { lat, lng } = map.getCenter();
  return { zoom: map.getZoom(), lat, lng };
};

/** Event data of the map's resizes (mount.ts): MapLibre passes it on to the events they fire. */
export const RESIZED = { livcrResize: true };
export const isResize = (event: object) => 'livcrResize' in event;

/**
 * Map → store: where the person moved the map, for the URL (`at=`), so that a shared link opens
 * this view. A move the app made (fit to the filters, fly to a municipality, the whole of Belgium)
 * clears it: the filters and the selection in the URL make that view again, on any screen.
 */
export function reportCamera(map: MapLibreMap, store: typeof useAppStore): () => void {
  const onMoveEnd = (event: { originalEvent?: unknown }) => {
    if (!isResize(event)) store.getState().setCamera(event.originalEvent ? cameraOf(map) : null);
  };
  map.on('moveend', onMoveEnd);
  return () => map.off('moveend', onMoveEnd);
}
