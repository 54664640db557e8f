import type { StateCreator } from 'zustand';
import type { AtlasGeometry } from '../data/geometry.ts';
import { type InitiativeTable, NO_INITIATIVES } from '../domain/initiativeTable.ts';
import type { Places } from '../domain/places.ts';
import type { Cell } from '../domain/types.ts';
import type { AppState } from './store.ts';

export type { ShippedContent } from '../data/protocol.ts';

/**
 * The atlas (set once by the start-up) and the rows the data worker pushed (set by the one
 * bridge, bridge.ts, together with `dataState`). Where the start-up is lives in `startup`.
 */
export interface DatasetSlice {
  places: Places | null;
  geometry: AtlasGeometry | null;
  cells: Cell[];
  initiatives: InitiativeTable;
  setAtlas: (places: Places, geometry: AtlasGeometry) => void;
}

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  places: null,
  geometry: null,
  cells: [],
  initiatives: NO_INITIATIVES,
  setAtlas: (places, geometry) => set({ places, geometry }),
});
