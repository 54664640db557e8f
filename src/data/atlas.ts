import type { Topology } from 'topojson-specification';
import { fetchBytes } from './client.ts';
import { parseJson } from './json.ts';

async function fetchJson<T>(url: string): Promise<T> {
  return parseJson<T>(await fetchBytes(url));
}

/**
 * The places (lookup.json, as bytes: the data worker parses its own copy, which is far quicker
 * than a structured clone of the parsed object) and the geometry (atlas.topojson), fetched at
 * once but handed over separately: the start-up reads the places first (the URL's view, the
 * preview's classes) while the geometry is still arriving. Both are preloaded by index.html.
 */
export function fetchAtlas(baseUrl: string): { lookup: Promise<ArrayBuffer>; topology: Promise<Topology> } {
  return {
    lookup: fetchBytes(`${baseUrl}data/lookup.json`),
    topology: fetchJson<Topology>(`${baseUrl}data/atlas.topojson`),
  };
}
