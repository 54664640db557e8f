import type { StateCreator } from 'zustand';
import { isBefore2025, sameLandAt } from '../domain/land.ts';
import type { AppState } from './store.ts';

export interface SelectionSlice {
  /** NIS of the municipality whose details are open. */
  selected: string | null;
  /** The former municipality the details were on when a change of date took them to its merger. */
  selectedPart: string | null;
  /** Bumped when a choice (search, table) asks the map to bring the selection into view. */
  flyRequest: number;
  select: (nis: string | null, options?: { fly?: boolean }) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selected: null,
  selectedPart: null,
  flyRequest: 0,
  select: (nis, options) =>
    set({
      selected: nis,
      selectedPart: null,
      flyRequest: options?.fly ? get().flyRequest + 1 : get().flyRequest,
      // A municipality chosen while a panel is open comes to the front; it would be hidden otherwise.
      ...(nis ? { front: 'details' as const } : {}),
    }),
});

/**
 * The details across a change of date: they stay open on the same land (land.ts's sameLandAt),
 * and close only where the date has no municipality there. Into a 2025 merger they remember the
 * part they came from, to go back to it.
 */
export function selectionAt(s: AppState, asOf: string): Partial<SelectionSlice> {
  const land = s.places?.land;
  if (!s.selected || !land) return {};
  const selected = sameLandAt(land, s.selected, asOf, s.selectedPart ?? undefined) ?? null;
  if (selected === s.selected) return {};
  return { selected, selectedPart: isBefore2025(asOf) ? null : s.selected };
}
