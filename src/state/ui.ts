import type { StateCreator } from 'zustand';
import type { Language } from '../domain/types.ts';
import type { AppState } from './store.ts';

export type Panel = 'none' | 'table' | 'about' | 'import' | 'stats' | 'export';

export interface UiSlice {
  language: Language;
  panel: Panel;
  showZoneBorders: boolean;
  showProvinceBorders: boolean;
  setLanguage: (language: Language) => void;
  setPanel: (panel: Panel) => void;
  togglePanel: (panel: Panel) => void;
  setBorders: (borders: Partial<Pick<UiSlice, 'showZoneBorders' | 'showProvinceBorders'>>) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  language: 'en',
  panel: 'none',
  showZoneBorders: false,
  showProvinceBorders: true,
  setLanguage: (language) => set({ language }),
  setPanel: (panel) => set({ panel }),
  togglePanel: (panel) => set({ panel: get().panel === panel ? 'none' : panel }),
  setBorders: (borders) => set(borders),
});
