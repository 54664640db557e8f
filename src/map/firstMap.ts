import { hasFilters } from '../domain/filters.ts';
import { municipalityAt } from '../domain/land.ts';
import type { AppState } from '../state/store.ts';
import { FIRST_MAP_CLICK, FIRST_MAP_ID, NO_FIRST_MAP } from './firstMapIds.ts';

type Store = { getState: () => AppState; subscribe: (listener: (s: AppState) => void) => () => void };

/**
 * The view's classes differ from the SVG's (the public facts, today, no filter). A selection does
 * not: a municipality clicked on the SVG opens while the SVG stays, until the map has drawn.
 */
const diverged = (s: AppState) => hasFilters(s.filters) || s.asOf !== '';

/**
 * A click on the SVG, before MapLibre is ready, selects the municipality of that piece of land,
 * as a click on the map does (events.ts), once the places are known (lookup.json, fetched first).
 * Clicks before then: the last one counts, heard by one subscription; the first may have come
 * before this script ran, kept by the page's gate (firstMapGate.ts).
 */
function selectOnClick(svg: HTMLElement, store: Store) {
  let pending: string | null = null;
  let waiting: (() => void) | undefined;
  const choose = (piece: string, s: AppState) => {
    if (!s.places) return;
    const nis = municipalityAt(s.places.land, piece, s.asOf);
    if (nis && s.places.municipality.has(nis)) s.select(nis);
  };
  const clicked = (piece: string) => {
    if (store.getState().places) {
      choose(piece, store.getState());
      return;
    }
    pending = piece;
    waiting ??= store.subscribe((s) => {
      if (!s.places) return;
      waiting?.();
      // Not within the store's own notification: the other listeners still have this change to hear.
      queueMicrotask(() => pending && choose(pending, store.getState()));
    });
  };
  const root = document.documentElement;
  const early = root.getAttribute(`data-${FIRST_MAP_CLICK}`);
  root.removeAttribute(`data-${FIRST_MAP_CLICK}`);
  if (early) clicked(early);
  svg.addEventListener('click', (event) => {
    const piece =
      event.target instanceof Element ? event.target.closest('path[data-nis]')?.getAttribute('data-nis') : null;
    if (piece) clicked(piece);
  });
}

/**
 * Once the page's first contentful paint is on screen (the first map, when it is shown), or after
 * `atMostMs` where none comes (a tab in the background paints nothing). At once when it already is
 * (an observer's callback is a task of its own, queued behind the fetches': 190 ms on a phone), or
 * where the browser has no paint timing.
 */
export const painted = (atMostMs: number) =>
  new Promise<void>((resolve) => {
    const timing =
      typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint');
    if (!timing || performance.getEntriesByName('first-contentful-paint').length > 0) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const timer = setTimeout(() => done(), atMostMs);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe({ type: 'paint', buffered: true });
  });

/**
 * The hand-over from index.html's SVG to MapLibre: the SVG stays over the canvas until the map
 * has drawn a complete frame (startup.ts's `drawn`, set on the 'idle' after that frame), so that
 * no blank frame shows between them; or until the view is no longer the one it shows. A map that
 * cannot draw (no WebGL) leaves it in place, as the one map there is. Says whether it is shown.
 */
export function handOverFirstMap(store: Store): boolean {
  const svg = document.getElementById(FIRST_MAP_ID);
  if (!svg) return false;
  if (document.documentElement.classList.contains(NO_FIRST_MAP)) {
    svg.remove();
    return false;
  }
  const check = (s: AppState) => {
    if (s.startup.drawn !== 'preview' && s.startup.drawn !== 'data' && !diverged(s)) return false;
    svg.remove();
    document.documentElement.dataset.firstMap = 'handed-over';
    return true;
  };
  if (check(store.getState())) return false;
  document.documentElement.dataset.firstMap = 'shown';
  selectOnClick(svg, store);
  const stop = store.subscribe((s) => {
    if (check(s)) stop();
  });
  return true;
}
