import { fetchAtlas } from '../data/atlas.ts';
import { type DataClient, fetchBytes } from '../data/client.ts';
import { decodeAtlas } from '../data/geometry.ts';
import { NO_INITIATIVES } from '../domain/initiativeTable.ts';
import { createPlaces } from '../domain/places.ts';
import type { ShippedContent } from './dataset.ts';
import { useAppStore } from './store.ts';
import { parseUrlState, sanitizeUrlState } from './url.ts';

/** The shipped content: the public facts by default, generated examples only on request. */
const SHIPPED_FILES: Record<ShippedContent, readonly string[]> = {
  public: ['cells.csv', 'initiatives.csv'],
  examples: ['examples-cells.csv', 'examples-initiatives.csv'],
};
const dataUrl = (baseUrl: string, file: string) => `${baseUrl}data/${file}`;

/** The shipped content, through the same import path as a user's files. */
export async function loadShippedData(
  client: DataClient,
  baseUrl: string,
  content: ShippedContent,
  prefetched?: Promise<ArrayBuffer>[],
) {
  const store = useAppStore.getState();
  store.setContent(content);
  for (const [i, file] of SHIPPED_FILES[content].entries()) {
    const bytes = await (prefetched?.[i] ?? fetchBytes(dataUrl(baseUrl, file)));
    const outcome = await client.importFile(bytes, file, { mode: 'replace', persist: false, origin: content });
    if (outcome.report.fatal) throw new Error(`${file}: ${outcome.report.fatal.code}`);
    if (outcome.cells) store.setCells(outcome.cells);
    if (outcome.initiatives) store.setInitiatives(outcome.initiatives);
  }
}

/**
 * Fetches everything at once, so the network, the data worker and the map's set-up overlap:
 * the worker gets the places (and looks for saved data) while the geometry is decoded here.
 * Restores the URL's view; then shows the data saved in this browser, or the shipped data.
 */
export async function boot(client: DataClient, baseUrl: string): Promise<void> {
  const store = useAppStore.getState();
  try {
    const url = parseUrlState(location.search);
    const content = url.content ?? 'public';
    const shipped = SHIPPED_FILES[content].map((file) => fetchBytes(dataUrl(baseUrl, file)));
    const atlas = fetchAtlas(baseUrl);
    // Each of these is awaited below, or not needed; none should report itself as unhandled.
    for (const p of [...shipped, atlas.topology]) p.catch(() => undefined);
    const lookup = await atlas.lookup;
    const workerReady = client.init(lookup);
    const restored = client.restore();
    restored.catch(() => undefined);
    const places = createPlaces(lookup);
    const view = sanitizeUrlState(url, places);
    store.setFilters(view.filters);
    store.setAsOf(view.asOf);
    store.select(view.selected, { fly: true });
    const geometry = decodeAtlas(await atlas.topology, lookup);
    performance.mark('livcr:atlas-decoded');
    store.setAtlas(places, geometry);
    await workerReady;
    const saved = await restored;
    if (saved.savedAt && content !== 'examples') {
      store.setCells(saved.cells ?? []);
      store.setInitiatives(saved.initiatives ?? NO_INITIATIVES);
      store.setSavedAt(saved.savedAt);
    } else {
      await loadShippedData(client, baseUrl, content, shipped);
    }
    performance.mark('livcr:data-ready');
    store.setLoad({ status: 'ready' });
  } catch (error) {
    store.setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
