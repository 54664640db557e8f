import { fetchAtlas } from '../data/atlas.ts';
import type { DataClient } from '../data/client.ts';
import { lazyAtlas } from '../data/geometry.ts';
import { parseJson } from '../data/json.ts';
import { hadOwnRows } from '../data/ownRows.ts';
import type { ShippedContent } from '../data/protocol.ts';
import type { Lookup } from '../domain/atlas.ts';
import { decodeCoverage } from '../domain/coverage.ts';
import { hasFilters } from '../domain/filters.ts';
import { createPlaces, type Places } from '../domain/places.ts';
import { connectView } from './bridge.ts';
import { fetchShippedContent, loadShippedContent, shippedContent } from './shipped.ts';
import { atlasDecided, firstMapSettled, isLoading, startupOf, when } from './startup.ts';
import { useAppStore } from './store.ts';
import { sanitizeUrlState, type UrlState } from './url.ts';

/**
 * The build's classes of the public facts, if they are what this start-up will show: the public
 * facts alone (no examples, no register, none of the user's rows), now, with no filter.
 */
function previewOf(places: Places, content: ShippedContent, view: UrlState) {
  if (content !== 'public' || view.asOf || hasFilters(view.filters) || hadOwnRows()) return null;
  return decodeCoverage(places.land.pieces, places.lookup.publicCoverage) ?? null;
}

/** Resolves once start-up is over, well or not: imports made meanwhile wait for it. */
export const whenStarted = () => when(useAppStore, (s) => !isLoading(s));

/** Resolves once the atlas is in and the preview decided: the map's source can be asked for. */
export const whenAtlasDecided = () => when(useAppStore, atlasDecided);

/** Resolves once the first map no longer needs the two cores to itself (startup.ts). */
export const whenFirstMapSettled = () => when(useAppStore, firstMapSettled);

/**
 * Fetches what the first map needs at once, so that the network and the map's set-up overlap, and
 * the shipped content as soon as the places say no preview stands in for it. The places and the
 * geometry come first, and with them the map, in the build's classes of the public facts if
 * they are what the data will show (`previewOf`). The data worker then gets the places, reads the
 * saved rows and parses the shipped content; with a preview on screen it starts once the map is
 * painted, as its start-up would share the two cores with the map's first frame. Restores the
 * URL's view (`url`, read once by main.ts), then the shipped content, under the rows the user saved.
 * The phase in the store (startup.ts) is the one record of where this is.
 */
export async function boot(dataClient: () => DataClient, baseUrl: string, url: UrlState): Promise<void> {
  const store = useAppStore.getState();
  const startup = startupOf(useAppStore);
  startup.begin();
  let release = (finish: (view: object) => void) => finish({});
  try {
    const content = shippedContent(store, url.content ?? undefined);
    const atlas = fetchAtlas(baseUrl);
    atlas.topology.catch(() => undefined); // awaited below
    const lookupBytes = await atlas.lookup;
    const lookup = parseJson<Lookup>(lookupBytes);
    const places = createPlaces(lookup);
    const view = sanitizeUrlState(url, places);
    store.setFilters(view.filters);
    store.setAsOf(view.asOf);
    store.select(view.selected, { fly: true });
    const preview = previewOf(places, content, view);
    // Needed now only when no preview stands in for them; else fetched when the data worker
    // starts, leaving the bandwidth to the map's geometry (a phone's network).
    const shipped = preview ? undefined : fetchShippedContent(baseUrl, content);
    const geometry = lazyAtlas(await atlas.topology);
    store.setAtlas(places, geometry);
    startup.decide(preview); // the map's source is asked for then, with the preview's classes (mount.ts)
    if (preview) await whenFirstMapSettled();
    const client = dataClient();
    const files = shipped ?? fetchShippedContent(baseUrl, content);
    release = connectView(client, useAppStore);
    const workerReady = client.init(lookupBytes);
    const restored = client.restore();
    restored.catch(() => undefined);
    await workerReady;
    await restored;
    await loadShippedContent(client, baseUrl, content, files);
    release((held) => startup.ready(held));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    release((held) => startup.failed(message, held));
  }
}
