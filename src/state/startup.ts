import type { StateCreator } from 'zustand';
import type { Coverage } from '../domain/vocabulary.ts';
import type { AppState } from './store.ts';

/**
 * The start-up, as one field. Phases only move forward:
 * - `atlas`: the places and the geometry are on their way; nothing is decided yet;
 * - `preview`: the map paints the build's classes of the public facts while the data load;
 * - `loading`: the data load and the map waits for them (no preview, or it ended);
 * - `data`: the data are in the store; `error`: they could not be loaded.
 */
export type Phase = 'atlas' | 'preview' | 'loading' | 'data' | 'error';

/** What the map drew completely first: nothing yet, the preview, the data, or `skipped`: not waited for. */
export type Drawn = 'none' | 'preview' | 'data' | 'skipped';

export interface Startup {
  phase: Phase;
  /**
   * The build's classes of the public facts the map's source was made with (set with `preview`,
   * kept afterwards: the source keeps them under every feature-state the sync sets).
   */
  preview: ReadonlyMap<string, Coverage> | null;
  drawn: Drawn;
  /** Why the data could not be loaded (phase `error`). */
  message?: string;
}

export interface StartupSlice {
  startup: Startup;
}

export const INITIAL_STARTUP: Startup = { phase: 'atlas', preview: null, drawn: 'none' };

export const createStartupSlice: StateCreator<AppState, [], [], StartupSlice> = () => ({
  startup: INITIAL_STARTUP,
});

/** The preview's classes while the map shows them, else null. */
export const previewShown = (s: Pick<AppState, 'startup'>): ReadonlyMap<string, Coverage> | null =>
  s.startup.phase === 'preview' ? s.startup.preview : null;

/**
 * The first map no longer needs the two cores to itself: it drew, cannot draw, or waits for the
 * data anyway. The interface and, under a preview, the data worker start then.
 */
export const firstMapSettled = ({ startup: { phase, drawn } }: Pick<AppState, 'startup'>): boolean =>
  drawn !== 'none' || phase === 'loading' || phase === 'data' || phase === 'error';

/** The places and the geometry are in, and the preview decided (or the start-up failed). */
export const atlasDecided = (s: Pick<AppState, 'startup'>): boolean => s.startup.phase !== 'atlas';

/** The map is complete with the data (or will not be): the panels render then. */
export const dataDrawn = ({ startup: { phase, drawn } }: Pick<AppState, 'startup'>): boolean =>
  drawn === 'data' || drawn === 'skipped' || phase === 'error';

export const isLoading = (s: Pick<AppState, 'startup'>): boolean =>
  s.startup.phase !== 'data' && s.startup.phase !== 'error';

type Store = {
  getState: () => AppState;
  setState: (partial: Partial<AppState>) => void;
  subscribe: (listener: (state: AppState, previous: AppState) => void) => () => void;
};

/** Performance mark at the first complete coloured map, the preview's or the data's (npm run bench). */
export const CHOROPLETH_MARK = 'livcr:choropleth-idle';
// A map that never completes must not hide the interface for good; a slow one may, for a while.
const FALLBACK_MS = 10_000;

const update = (store: Store, next: Partial<Startup>, extra: Partial<AppState> = {}) =>
  store.setState({ ...extra, startup: { ...store.getState().startup, ...next } });

/** Resolves once `test` holds for the store's state (at once if it holds now). */
export function when(store: Store, test: (s: AppState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test(store.getState())) return resolve();
    const stop = store.subscribe((state) => {
      if (!test(state)) return;
      stop();
      resolve();
    });
  });
}

/**
 * The start-up's transitions: the only writers of `startup`. boot.ts drives the phase; the map
 * says what it drew (sync.ts) or that it cannot draw (mount.ts, main.ts).
 */
export function startupOf(store: Store) {
  const api = {
    /** Start-up begins: whatever happens, nothing waits for the first map longer than a while. */
    begin() {
      setTimeout(() => api.skipMap(), FALLBACK_MS);
    },
    /** The atlas is in: paint the preview first, or let the map wait for the data. */
    decide(preview: ReadonlyMap<string, Coverage> | null) {
      update(store, { phase: preview ? 'preview' : 'loading', preview });
      if (!preview) return;
      // A filter or a date chosen meanwhile is not what the preview shows: it ends there.
      const stop = store.subscribe((state, previous) => {
        if (state.startup.phase !== 'preview') return stop();
        if (state.filters !== previous.filters || state.asOf !== previous.asOf) update(store, { phase: 'loading' });
      });
    },
    /** The data are in: `view` is what the data worker pushed meanwhile, applied in the same set. */
    ready(view: Partial<AppState> = {}) {
      performance.mark('livcr:data-ready');
      update(store, { phase: 'data' }, view);
    },
    failed(message: string, view: Partial<AppState> = {}) {
      update(store, { phase: 'error', message }, view);
    },
    /** The map drew every municipality in its class and is idle. */
    drew(what: 'preview' | 'data') {
      const { drawn } = store.getState().startup;
      // Never backwards: a preview drawn after a skip or after the data changes nothing.
      if (drawn === 'data' || (what === 'preview' && drawn !== 'none')) return;
      if (drawn === 'none') performance.mark(CHOROPLETH_MARK);
      update(store, { drawn: what });
    },
    /** Nothing waits for the first map any longer: it cannot draw, or took too long. */
    skipMap() {
      if (store.getState().startup.drawn === 'none' || store.getState().startup.drawn === 'preview')
        update(store, { drawn: 'skipped' });
    },
  };
  return api;
}
