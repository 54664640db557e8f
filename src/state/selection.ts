import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

export interface SelectionSlice {
  /** NIS of the municipality whose details are open. */
  selected: string | null;
  /** Bumped when a choice (search, table) asks the map to bring the selection into view. */
  flyRequest: number;
  select: (nis: string | null, options?: { fly?: boolean }) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selected: null,
  flyRequest: 0,
  select: (nis, options) =>
    set({
      selected: nis,
      flyRequest: options?.fly ? get().flyRequest + 1 : get().flyRequest,
      // A municipality chosen while a panel is open comes to the front; it would be hidden otherwise.
      ...(nis ? { front: 'details' as const } : {}),
    }),
});
