import type { StateCreator } from 'zustand';
import { type Filters, NO_FILTERS, withFilter } from '../domain/filters.ts';
import { selectionAt } from './selection.ts';
import type { AppState } from './store.ts';

export interface FiltersSlice {
  filters: Filters;
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  setFilters: (filters: Filters) => void;
  resetFilters: () => void;
  /** The timeline's date (YYYY-MM-DD); empty for the latest data. */
  asOf: string;
  setAsOf: (asOf: string) => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set, get) => ({
  filters: NO_FILTERS,
  setFilter: (key, value) => {
    const places = get().places;
    set({
      filters: places ? withFilter(get().filters, key, value, places) : { ...get().filters, [key]: value },
    });
  },
  setFilters: (filters) => set({ filters }),
  resetFilters: () => set({ filters: NO_FILTERS }),
  asOf: '',
  setAsOf: (asOf) => set((s) => ({ asOf, ...selectionAt(s, asOf) })),
});
