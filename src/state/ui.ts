import type { StateCreator } from 'zustand';
import type { Language } from '../domain/types.ts';
import type { AppState } from './store.ts';

export type Panel = 'none' | 'table' | 'about' | 'import' | 'stats' | 'export';

/** Where the map looks: written by the map when it stops moving, read from the URL (`at=`). */
export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

export interface UiSlice {
  language: Language;
  panel: Panel;
  showZoneBorders: boolean;
  showProvinceBorders: boolean;
  camera: Camera | null;
  setLanguage: (language: Language) => void;
  setPanel: (panel: Panel) => void;
  togglePanel: (panel: Panel) => void;
  setBorders: (borders: Partial<Pick<UiSlice, 'showZoneBorders' | 'showProvinceBorders'>>) => void;
  setCamera: (camera: Camera | null) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  language: 'en',
  panel: 'none',
  showZoneBorders: false,
  showProvinceBorders: true,
  camera: null,
  setLanguage: (language) => set({ language }),
  setPanel: (panel) => set({ panel }),
  togglePanel: (panel) => set({ panel: get().panel === panel ? 'none' : panel }),
  setBorders: (borders) => set(borders),
  setCamera: (camera) => set({ camera }),
});
