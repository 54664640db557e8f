import type { DataClient, ViewUpdate } from '../data/client.ts';
import { rememberOwnRows } from '../data/ownRows.ts';
import type { AppState } from './store.ts';

/** What one update of the data worker changes in the store: one `set()`, one new view. */
export function viewPatch({ cells, initiatives, state }: ViewUpdate): Partial<AppState> {
  // Rows on screen are about to be saved: say so at once (a reload while saving must not paint
  // the public facts' first map). "None" only from storage that was read and holds none.
  const count = state.userCounts.cells + state.userCounts.initiatives;
  if (count > 0 || state.storage.state === 'ready') rememberOwnRows(count);
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
