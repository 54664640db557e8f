import { startTransition, useEffect, useState } from 'react';

let resolveDrawn: () => void = () => undefined;
/** Resolves when the map has drawn its first complete frame (MapLibre 'load'). */
const drawn = new Promise<void>((resolve) => {
  resolveDrawn = resolve;
});
/** Called by the map's owner at its first complete frame. */
export const mapDrawn = () => resolveDrawn();

// A map that never loads (a failed style) must not hide the filters for good.
const FALLBACK_MS = 4000;

/**
 * False until the map has drawn once: the panels render after the map's first frame, as an
 * interruptible transition, so React rendering them does not stand before the map on the main
 * thread.
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
