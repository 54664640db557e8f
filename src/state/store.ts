import { create } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './dataset.ts';
import { createFiltersSlice, type FiltersSlice } from './filters.ts';
import { createGuideSlice, type GuideSlice } from './guide.ts';
import { createImportSlice, type ImportSlice } from './importSlice.ts';
import { createRegisterSlice, type RegisterSlice } from './registerSlice.ts';
import { createSelectionSlice, type SelectionSlice } from './selection.ts';
import { createStartupSlice, type StartupSlice } from './startup.ts';
import { createStorageSlice, type StorageSlice } from './storage.ts';
import { createUiSlice, type UiSlice } from './ui.ts';

export type AppState = DatasetSlice &
  FiltersSlice &
  SelectionSlice &
  UiSlice &
  ImportSlice &
  StorageSlice &
  RegisterSlice &
  StartupSlice &
  GuideSlice;

/** The one store. Components take one value per selector (or useShallow), never the whole state. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createDatasetSlice(...a),
  ...createFiltersSlice(...a),
  ...createSelectionSlice(...a),
  ...createUiSlice(...a),
  ...createImportSlice(...a),
  ...createStorageSlice(...a),
  ...createRegisterSlice(...a),
  ...createStartupSlice(...a),
  ...createGuideSlice(...a),
}));
