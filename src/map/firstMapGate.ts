/**
 * The first map: the default view as an SVG in index.html (firstMapSvg.ts renders it,
 * vite.config.ts puts it in), which paints with the HTML before any script runs. This file has
 * no imports: vite.config.ts inlines `firstMapGate`'s own source in the page's head.
 *
 * Runs in the head, before the body is parsed: the SVG shows the public facts, today, with no
 * filter, no selection and the whole of Belgium, so any parameter but the language (a filter, a
 * date, a municipality, a camera, examples, a fiche, the guide…) hides it, as do rows of the
 * user's own (data/ownRows.ts's hint; storage that cannot be read counts as rows), or a page
 * served without it (the root already has the class: server/headers.ts). Self-contained, its
 * arguments given by the caller: its source is inlined as it is (and hashed for the CSP).
 *
 * It also starts the app's script (`entry`, which the page preloads) once the page is parsed, as
 * a deferred script would run: where the SVG shows, not before it is painted. Run before that
 * paint, the script's evaluation held the paint back (first contentful paint on a desk 790 →
 * 540 ms, the map as soon). At once where the SVG is hidden, where the browser does not preload
 * modules (it would fetch the entry only then) or has no paint timing. A piece of land clicked
 * before the script ran is kept in `data-<clicked>` on the root, for the app (firstMap.ts).
 */
export function firstMapGate(ownRowsKey: string, hidden: string, entry: string, clicked: string): void {
  const root = document.documentElement;
  const params = new URLSearchParams(location.search);
  params.delete('lang');
  let own = true;
  try {
    own = localStorage.getItem(ownRowsKey) === '1';
  } catch {
    // Storage that cannot be read may hold rows: the SVG stays hidden.
  }
  const shown = !root.classList.contains(hidden) && !own && Array.from(params.keys()).length === 0;
  if (!shown) root.classList.add(hidden);
  const keep = (event: Event) => {
    const piece = event.target instanceof Element ? event.target.closest('path[data-nis]') : null;
    if (piece) root.setAttribute(`data-${clicked}`, piece.getAttribute('data-nis') ?? '');
  };
  let started = false;
  const start = () => {
    if (started) return;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start);
      return;
    }
    started = true;
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = ''; // as its preload, which it then reuses
    script.src = entry;
    // A module's load event comes once it has run: the app hears the clicks from then on.
    script.addEventListener('load', () => document.removeEventListener('click', keep));
    document.head.append(script);
  };
  const preloads = document.createElement('link').relList.supports?.('modulepreload') === true;
  const paintTiming =
    typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint') === true;
  if (!shown || !preloads || !paintTiming) {
    start();
    return;
  }
  document.addEventListener('click', keep);
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  });
  observer.observe({ type: 'paint', buffered: true });
  // A page in the background paints nothing: the app starts anyway.
  setTimeout(start, 1000);
}
