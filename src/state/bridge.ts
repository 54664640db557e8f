import type { DataClient, ViewUpdate } from '../data/client.ts';
import { rememberOwnRows } from '../data/ownRows.ts';
import type { AppState } from './store.ts';

/** What one update of the data worker changes in the store: one `set()`, one new view. */
export function viewPatch({ cells, initiatives, state }: ViewUpdate): Partial<AppState> {
  // Storage that could not be read says nothing of the rows it may hold.
  if (state.storage.state === 'ready') rememberOwnRows(state.userCounts.cells + state.userCounts.initiatives);
  return { ...(cells ? { cells } : {}), ...(initiatives ? { initiatives } : {}), dataState: state };
}

/**
 * The one bridge from the data worker to the store. During start-up the worker's updates are
 * held, and handed to `release`, which applies them together with the end of loading (one set),
 * so that the map's first complete frame follows them. After that, each update is one set.
 */
export function connectView(
  client: DataClient,
  store: { setState: (patch: Partial<AppState>) => void },
): (finish: (view: Partial<AppState>) => void) => void {
  let held: ViewUpdate | undefined;
  let holding = true;
  client.onView((update) => {
    if (!holding) return store.setState(viewPatch(update));
    held = held ? { ...held, ...update } : update;
  });
  return (finish) => {
    holding = false;
    finish(held ? viewPatch(held) : {});
    held = undefined;
  };
}
