import { fetchAtlas } from '../data/atlas.ts';
import { type DataClient, fetchBytes, type ViewUpdate } from '../data/client.ts';
import { decodeAtlas } from '../data/geometry.ts';
import { registerApi } from '../data/register.ts';
import { createPlaces } from '../domain/places.ts';
import type { ShippedContent } from './dataset.ts';
import { useAppStore } from './store.ts';
import { parseUrlState, sanitizeUrlState } from './url.ts';

/** The shipped content: the public facts by default, generated examples only on request. */
const SHIPPED_FILES: Record<ShippedContent, readonly string[]> = {
  public: ['cells.csv', 'initiatives.csv'],
  examples: ['examples-cells.csv', 'examples-initiatives.csv'],
  register: ['cells.csv', 'initiatives.csv'],
};

/** What the atlas shows when nothing asks otherwise: the register's snapshot if there is one. */
export const defaultContent = (): ShippedContent => (registerApi() ? 'register' : 'public');

const dataUrl = (baseUrl: string, content: ShippedContent, file: string) =>
  content === 'register' ? `${registerApi() ?? `${baseUrl}api/`}snapshot/${file}` : `${baseUrl}data/${file}`;

/** The shipped content, through the same import path as a user's files, into its own layer. */
export async function loadShippedData(
  client: DataClient,
  baseUrl: string,
  content: ShippedContent,
  prefetched?: Promise<ArrayBuffer>[],
) {
  for (const [i, file] of SHIPPED_FILES[content].entries()) {
    const bytes = await (prefetched?.[i] ?? fetchBytes(dataUrl(baseUrl, content, file)));
    await client.loadShipped(bytes, file, content);
  }
}

function applyView({ cells, initiatives, state }: ViewUpdate) {
  const store = useAppStore.getState();
  if (cells) store.setCells(cells);
  if (initiatives) store.setInitiatives(initiatives);
  store.setContent(state.content);
  store.setDataState(state);
  store.setSavedAt(state.savedAt);
}

/**
 * The view the data worker pushes goes into the store. During start-up it is held and applied
 * in one go with the end of loading, so the map's first complete frame follows it.
 */
export function connectView(client: DataClient): (finish: () => void) => void {
  let held: ViewUpdate | undefined;
  let holding = true;
  client.onView((update) => {
    if (!holding) return applyView(update);
    held = { ...held, ...update };
  });
  return (finish) => {
    holding = false;
    if (held) applyView(held);
    held = undefined;
    finish();
  };
}

let finishStart: () => void = () => undefined;
const started = new Promise<void>((resolve) => {
  finishStart = resolve;
});
/** Resolves once start-up is over, well or not: imports made meanwhile wait for it. */
export const whenStarted = () => started;

/**
 * Fetches everything at once, so the network, the data worker and the map's set-up overlap:
 * the worker gets the places (and reads the saved rows) while the geometry is decoded here.
 * Restores the URL's view, then the shipped content, under the rows the user saved.
 */
export async function boot(client: DataClient, baseUrl: string): Promise<void> {
  const store = useAppStore.getState();
  const release = connectView(client);
  try {
    const url = parseUrlState(location.search);
    const content = url.content ?? defaultContent();
    const shipped = SHIPPED_FILES[content].map((file) => fetchBytes(dataUrl(baseUrl, content, file)));
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
    await restored;
    await loadShippedData(client, baseUrl, content, shipped);
    release(() => {
      performance.mark('livcr:data-ready');
      store.setLoad({ status: 'ready' });
    });
  } catch (error) {
    release(() => store.setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }));
  } finally {
    finishStart();
  }
}
