import { startTransition, useEffect, useState } from 'react';

let resolveDrawn: () => void = () => undefined;
/** Resolves when the map is first complete: every municipality coloured, drawn, idle. */
const drawn = new Promise<void>((resolve) => {
  resolveDrawn = resolve;
});
/** Called by the map's sync (sync.ts) at the first complete choropleth. */
export const mapDrawn = () => resolveDrawn();

// A map that never completes must not hide the filters for good; a slow one may, for a while:
// the filters have nothing to filter before the data are there.
const FALLBACK_MS = 10_000;

/**
 * False until the map is first complete: the panels render after it, as an interruptible
 * transition, so that React rendering them (and re-rendering them when the data arrive) does not
 * stand between the data and the coloured map on the main thread.
 */
export function useAfterFirstMap(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let live = true;
    const show = () => live && startTransition(() => setAfter(true));
    const fallback = setTimeout(show, FALLBACK_MS);
    void drawn.then(show);
    return () => {
      live = false;
      clearTimeout(fallback);
    };
  }, []);
  return after;
}
