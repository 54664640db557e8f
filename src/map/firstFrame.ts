import { startTransition, useEffect, useState } from 'react';
import type { useAppStore } from '../state/store.ts';

let resolveDrawn: () => void = () => undefined;
/** Resolves when the map is first complete with the data: every municipality coloured, idle. */
const drawn = new Promise<void>((resolve) => {
  resolveDrawn = resolve;
});
/** Called by the map's sync (sync.ts) at the first complete choropleth of the data. */
export const mapDrawn = () => resolveDrawn();

let resolveFirst: () => void = () => undefined;
const first = new Promise<void>((resolve) => {
  resolveFirst = resolve;
});
/**
 * Called at the first complete coloured map, the build's preview or the data's (sync.ts), or when
 * the map cannot be drawn (mount.ts, main.ts), or by boot.ts when the first map waits for the data
 * anyway (no preview): in each case nothing is gained by holding the rest back any longer.
 */
export const mapFirstDone = () => resolveFirst();

// A map that never completes must not hide the filters for good; a slow one may, for a while:
// the filters have nothing to filter before the data are there.
const FALLBACK_MS = 10_000;

/**
 * False until the map is first complete: the panels render after it, as an interruptible
 * transition, so that React rendering them (and re-rendering them when the data arrive) does not
 * stand between the data and the coloured map on the main thread.
 */
export function useAfterDataDrawn(): boolean {
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

/**
 * Resolves once the first map no longer needs the two cores to itself (`mapFirstDone`), or when
 * loading fails, or after a while: the interface (main.ts) and, under a preview, the data worker
 * (boot.ts) start then, so that neither holds up the map's first frame.
 */
export function afterFirstMap(store: typeof useAppStore): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stop();
      clearTimeout(timer);
      resolve();
    };
    const stop = store.subscribe((state) => {
      if (state.load.status === 'error') done();
    });
    const timer = setTimeout(done, FALLBACK_MS);
    if (store.getState().load.status === 'error') done();
    void first.then(done);
  });
}
