import { hasFilters } from '../domain/filters.ts';
import type { AppState } from '../state/store.ts';
import { FIRST_MAP_ID, NO_FIRST_MAP } from './firstMapIds.ts';

type Store = { getState: () => AppState; subscribe: (listener: (s: AppState) => void) => () => void };

/** The view differs from the one the SVG shows (the public facts, today, no filter, nothing open). */
const diverged = (s: AppState) => hasFilters(s.filters) || s.asOf !== '' || s.selected !== null;

/** index.html shows the first map: it is in the page, and its gate did not hide it. */
export const firstMapShown = () =>
  document.getElementById(FIRST_MAP_ID) !== null && !document.documentElement.classList.contains(NO_FIRST_MAP);

/**
 * Once the page's first contentful paint is on screen (the first map, when it is shown), or after
 * `atMostMs` where none comes (a tab in the background paints nothing).
 */
export const painted = (atMostMs: number) =>
  new Promise<void>((resolve) => {
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
 * cannot draw (no WebGL) leaves it in place, as the one map there is.
 */
export function handOverFirstMap(store: Store): void {
  const svg = document.getElementById(FIRST_MAP_ID);
  if (!svg) return;
  if (document.documentElement.classList.contains(NO_FIRST_MAP)) {
    svg.remove();
    return;
  }
  const check = (s: AppState) => {
    if (s.startup.drawn !== 'preview' && s.startup.drawn !== 'data' && !diverged(s)) return false;
    svg.remove();
    document.documentElement.dataset.firstMap = 'handed-over';
    return true;
  };
  if (check(store.getState())) return;
  document.documentElement.dataset.firstMap = 'shown';
  const stop = store.subscribe((s) => {
    if (check(s)) stop();
  });
}
