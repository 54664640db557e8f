import { fetchAtlas } from '../data/atlas.ts';
import { type DataClient, fetchBytes, type ViewUpdate } from '../data/client.ts';
import { decodeAtlas } from '../data/geometry.ts';
import { parseJson } from '../data/json.ts';
import { hadOwnRows, rememberOwnRows } from '../data/ownRows.ts';
import { registerApi } from '../data/register.ts';
import type { Lookup } from '../domain/atlas.ts';
import { decodeCoverage } from '../domain/coverage.ts';
import { hasFilters } from '../domain/filters.ts';
import { createPlaces, type Places } from '../domain/places.ts';
import type { ShippedContent } from './dataset.ts';
import { useAppStore } from './store.ts';
import { sanitizeUrlState, type UrlState } from './url.ts';

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
  // Storage that could not be read says nothing of the rows it may hold.
  if (state.storage.state === 'ready') rememberOwnRows(state.userCounts.cells + state.userCounts.initiatives);
}

/**
 * The view the data worker pushes goes into the store. During start-up it is held and applied
 * in one go with the end of loading, so the map's first complete frame follows it.
 */
function connectView(client: DataClient): (finish: () => void) => void {
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

/**
 * The build's classes of the public facts, if they are what this start-up will show: the public
 * facts alone (no examples, no register, none of the user's rows), now, with no filter.
 */
function previewOf(places: Places, content: ShippedContent, view: UrlState) {
  if (content !== 'public' || view.asOf || hasFilters(view.filters) || hadOwnRows()) return null;
  return decodeCoverage(places.land.pieces, places.lookup.publicCoverage) ?? null;
}

/** The map's first frame, as start-up sees it (main.ts wires it to src/map/firstFrame.ts). */
export interface FirstMap {
  /** Resolves once the first map is painted (or cannot be, or 10 s passed). */
  done: () => Promise<void>;
  /** Says that the first map will wait for the data: nothing need wait for it. */
  waitsForData: () => void;
}

let finishStart: () => void = () => undefined;
const started = new Promise<void>((resolve) => {
  finishStart = resolve;
});
/** Resolves once start-up is over, well or not: imports made meanwhile wait for it. */
export const whenStarted = () => started;

/**
 * Fetches everything at once, so that the network and the map's set-up overlap. The places and
 * the geometry come first, and with them the map, in the build's classes of the public facts if
 * they are what the data will show (`previewOf`). The data worker then gets the places, reads the
 * saved rows and parses the shipped content; with a preview on screen it starts once the map is
 * painted (`firstMap`), as its start-up would share the two cores with the map's first frame.
 * Restores the URL's view (`url`, read once by main.ts), then the shipped content, under the rows
 * the user saved.
 */
export async function boot(
  dataClient: () => DataClient,
  baseUrl: string,
  url: UrlState,
  firstMap: FirstMap,
): Promise<void> {
  const store = useAppStore.getState();
  let release = (finish: () => void) => finish();
  try {
    const content = url.content ?? defaultContent();
    const shipped = SHIPPED_FILES[content].map((file) => fetchBytes(dataUrl(baseUrl, content, file)));
    const atlas = fetchAtlas(baseUrl);
    // Each of these is awaited below, or not needed; none should report itself as unhandled.
    for (const p of [...shipped, atlas.topology]) p.catch(() => undefined);
    const lookupBytes = await atlas.lookup;
    const lookup = parseJson<Lookup>(lookupBytes);
    const places = createPlaces(lookup);
    const view = sanitizeUrlState(url, places);
    store.setFilters(view.filters);
    store.setAsOf(view.asOf);
    store.select(view.selected, { fly: true });
    const preview = previewOf(places, content, view);
    const geometry = decodeAtlas(await atlas.topology);
    performance.mark('livcr:atlas-decoded');
    store.setPreview(preview);
    store.setAtlas(places, geometry);
    // Without a preview the first map waits for the data: nothing else need wait for it.
    if (preview) await firstMap.done();
    else firstMap.waitsForData();
    const client = dataClient();
    release = connectView(client);
    const workerReady = client.init(lookupBytes);
    const restored = client.restore();
    restored.catch(() => undefined);
    await workerReady;
    await restored;
    await loadShippedData(client, baseUrl, content, shipped);
    release(() => {
      performance.mark('livcr:data-ready');
      store.setLoad({ status: 'ready' });
      store.setPreview(null);
    });
  } catch (error) {
    store.setPreview(null);
    release(() => store.setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }));
  } finally {
    finishStart();
  }
}
