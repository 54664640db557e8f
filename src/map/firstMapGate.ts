/**
 * The first map: the default view as an SVG in index.html (firstMapSvg.ts renders it,
 * vite.config.ts puts it in), which paints with the HTML before any script runs. This file has
 * no imports: vite.config.ts inlines `firstMapGate`'s own source in the page's head.
 *
 * Runs in the head, before the body is parsed: the SVG shows the public facts, today, with no
 * filter, no selection and the whole of Belgium, so any parameter but the language (a filter, a
 * date, a municipality, a camera, examples, a fiche, the guide…) hides it, as do rows of the
 * user's own (data/ownRows.ts's hint; storage that cannot be read counts as rows). Self-contained,
 * its arguments given by the caller: its source is inlined as it is (and hashed for the CSP).
 */
export function firstMapGate(ownRowsKey: string, hidden: string): void {
  const params = new URLSearchParams(location.search);
  params.delete('lang');
  let own = true;
  try {
    own = localStorage.getItem(ownRowsKey) === '1';
  } catch {
    // Storage that cannot be read may hold rows: the SVG stays hidden.
  }
  if (own || Array.from(params.keys()).length > 0) document.documentElement.classList.add(hidden);
}
