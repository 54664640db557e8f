import type { Topology } from 'topojson-specification';
import type { Lookup } from '../domain/atlas.ts';
import { fetchBytes } from './client.ts';

async function fetchJson<T>(url: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await fetchBytes(url))) as T;
}

/**
 * The places (lookup.json) and the geometry (atlas.topojson), fetched at once but handed over
 * separately: the data worker can start on the places while the geometry is still arriving.
 * Both are preloaded by index.html.
 */
export function fetchAtlas(baseUrl: string): { lookup: Promise<Lookup>; topology: Promise<Topology> } {
  return {
    lookup: fetchJson<Lookup>(`${baseUrl}data/lookup.json`),
    topology: fetchJson<Topology>(`${baseUrl}data/atlas.topojson`),
  };
}
