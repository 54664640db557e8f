import { type DataClient, fetchBytes } from '../data/client.ts';
import { createPlaces } from '../domain/places.ts';
import { useAppStore } from './store.ts';
import { parseUrlState, sanitizeUrlState } from './url.ts';

const DEMO_FILES = ['cells.csv', 'initiatives.csv'];

/** Loads places and geometry, restores the URL's view, then the data through the import path. */
export async function boot(client: DataClient, baseUrl: string): Promise<void> {
  const store = useAppStore.getState();
  try {
    const { lookup, geometry } = await client.loadAtlas(baseUrl);
    const places = createPlaces(lookup);
    const url = sanitizeUrlState(parseUrlState(location.search), places);
    store.setFilters(url.filters);
    store.select(url.selected, { fly: true });
    store.setAtlas(places, geometry);
    for (const file of DEMO_FILES) {
      const result = await client.importFile(await fetchBytes(`${baseUrl}data/${file}`), file);
      if (result.kind === 'cells') store.setCells(result.cells);
      if (result.kind === 'initiatives') store.setInitiatives(result.initiatives);
    }
    store.setLoad({ status: 'ready' });
  } catch (error) {
    store.setLoad({
      status: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
