import { type DataClient, fetchBytes } from '../data/client.ts';
import { loadSaved } from '../data/persist.ts';
import { createPlaces } from '../domain/places.ts';
import { useAppStore } from './store.ts';
import { parseUrlState, sanitizeUrlState } from './url.ts';

const SHIPPED_FILES = ['cells.csv', 'initiatives.csv'];

/** The shipped (demonstration) data, through the same import path as a user's files. */
export async function loadShippedData(client: DataClient, baseUrl: string): Promise<void> {
  const store = useAppStore.getState();
  for (const file of SHIPPED_FILES) {
    const result = await client.importFile(await fetchBytes(`${baseUrl}data/${file}`), file);
    if (result.kind === 'cells') store.setCells(result.cells);
    if (result.kind === 'initiatives') store.setInitiatives(result.initiatives);
  }
}

/** Loads places and geometry, restores the URL's view, then the saved or the shipped data. */
export async function boot(client: DataClient, baseUrl: string): Promise<void> {
  const store = useAppStore.getState();
  try {
    const saved = loadSaved().catch(() => undefined);
    const { lookup, geometry } = await client.loadAtlas(baseUrl);
    const places = createPlaces(lookup);
    const url = sanitizeUrlState(parseUrlState(location.search), places);
    store.setFilters(url.filters);
    store.select(url.selected, { fly: true });
    store.setAtlas(places, geometry);
    const dataset = await saved;
    if (dataset) {
      store.setCells(dataset.cells);
      store.setInitiatives(dataset.initiatives);
      store.setSavedAt(dataset.savedAt);
    } else {
      await loadShippedData(client, baseUrl);
    }
    store.setLoad({ status: 'ready' });
  } catch (error) {
    store.setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
