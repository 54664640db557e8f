import type { StateCreator } from 'zustand';
import type { AtlasGeometry } from '../data/geometry.ts';
import type { ShippedContent } from '../data/protocol.ts';
import { type InitiativeTable, NO_INITIATIVES } from '../domain/initiativeTable.ts';
import type { Places } from '../domain/places.ts';
import type { Cell } from '../domain/types.ts';
import type { Coverage } from '../domain/vocabulary.ts';
import type { AppState } from './store.ts';

export type { ShippedContent } from '../data/protocol.ts';

export type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string };

export interface DatasetSlice {
  places: Places | null;
  geometry: AtlasGeometry | null;
  cells: Cell[];
  initiatives: InitiativeTable;
  load: LoadState;
  /**
   * While loading: the classes the build computed for the public facts (Lookup.publicCoverage),
   * when they are what the data will show (boot.ts). The map paints them before the data are in.
   */
  preview: ReadonlyMap<string, Coverage> | null;
  /** The shipped content last loaded (the user's own rows may be shown beside or instead of it). */
  content: ShippedContent;
  setContent: (content: ShippedContent) => void;
  setAtlas: (places: Places, geometry: AtlasGeometry) => void;
  setCells: (cells: Cell[]) => void;
  setInitiatives: (initiatives: InitiativeTable) => void;
  setLoad: (load: LoadState) => void;
  setPreview: (preview: ReadonlyMap<string, Coverage> | null) => void;
}

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  places: null,
  geometry: null,
  cells: [],
  initiatives: NO_INITIATIVES,
  load: { status: 'loading' },
  preview: null,
  content: 'public',
  setContent: (content) => set({ content }),
  setAtlas: (places, geometry) => set({ places, geometry }),
  setCells: (cells) => set({ cells }),
  setInitiatives: (initiatives) => set({ initiatives }),
  setLoad: (load) => set({ load }),
  setPreview: (preview) => set({ preview }),
});
