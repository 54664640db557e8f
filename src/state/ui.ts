import type { StateCreator } from 'zustand';
import type { Language } from '../domain/types.ts';
import type { AppState } from './store.ts';

export type Panel = 'none' | 'table' | 'about' | 'import' | 'stats' | 'export' | 'register';

/** Where the map looks: written by the map when it stops moving, read from the URL (`at=`). */
export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

export interface UiSlice {
  language: Language;
  panel: Panel;
  /** Which of the details and a panel, both open, was opened last and so lies on top. */
  front: 'details' | 'panel';
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
  front: 'details',
  showZoneBorders: false,
  showProvinceBorders: true,
  camera: null,
  setLanguage: (language) => set({ language }),
  setPanel: (panel) => set(panel === 'none' ? { panel } : { panel, front: 'panel' }),
  togglePanel: (panel) => get().setPanel(get().panel === panel ? 'none' : panel),
  setBorders: (borders) => set(borders),
  setCamera: (camera) => set({ camera }),
});
