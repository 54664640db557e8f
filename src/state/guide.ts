import type { StateCreator } from 'zustand';
import { FACETS, type Facet, type FacetChoice } from '../domain/guide.ts';
import type { AppState } from './store.ts';

/** The guide of initiatives as the address bar holds it: `guide=theme:education,region:03000&q=…`. */
export interface GuideState {
  facets: FacetChoice;
  query: string;
}

export interface GuideSlice {
  /** null while the guide is closed. */
  guide: GuideState | null;
  /** The guide as it was when closed: opened again, it shows the same list. */
  guideMemory: GuideState;
  /** Bumped when a card asks the map to frame its municipalities (`guideFrame`). */
  guideFrame: { municipalities: string[]; request: number };
  /** The municipalities with a result on screen, which the map outlines (set by the guide). */
  guideMatches: readonly string[] | null;
  setGuideMatches: (municipalities: readonly string[] | null) => void;
  openGuide: (guide?: Partial<GuideState>) => void;
  closeGuide: () => void;
  setGuideQuery: (query: string) => void;
  setGuideFacet: (facet: Facet, value: string) => void;
  frameOnMap: (municipalities: string[]) => void;
}

export const EMPTY_GUIDE: GuideState = { facets: {}, query: '' };

/** `theme:education,region:03000`; `all` when no facet is chosen (the guide is open). */
export function serializeGuide(guide: GuideState): string {
  const pairs = FACETS.filter((f) => guide.facets[f]).map((f) => `${f}:${guide.facets[f]}`);
  return pairs.length ? pairs.join(',') : 'all';
}

export function parseGuide(value: string | null, query: string | null): GuideState | null {
  if (value === null) return null;
  const facets: FacetChoice = {};
  for (const pair of value.split(',')) {
    const [facet = '', ...rest] = pair.split(':');
    const chosen = rest.join(':').trim();
    if ((FACETS as readonly string[]).includes(facet) && chosen) facets[facet as Facet] = chosen;
  }
  return { facets, query: (query ?? '').slice(0, 200) };
}

export const createGuideSlice: StateCreator<AppState, [], [], GuideSlice> = (set, get) => ({
  guide: null,
  guideMemory: EMPTY_GUIDE,
  guideFrame: { municipalities: [], request: 0 },
  guideMatches: null,
  setGuideMatches: (guideMatches) => set({ guideMatches }),
  openGuide: (guide) => set({ guide: { ...(get().guide ?? get().guideMemory), ...guide } }),
  closeGuide: () => set({ guide: null, guideMemory: get().guide ?? get().guideMemory }),
  setGuideQuery: (query) => set({ guide: { ...(get().guide ?? EMPTY_GUIDE), query } }),
  setGuideFacet: (facet, value) => {
    const current = get().guide ?? EMPTY_GUIDE;
    set({ guide: { ...current, facets: { ...current.facets, [facet]: value || undefined } } });
  },
  frameOnMap: (municipalities) => set({ guideFrame: { municipalities, request: get().guideFrame.request + 1 } }),
});
