import { fetchBytes } from './client.ts';

/**
 * The places (lookup.json, as bytes: the data worker parses its own copy, which is far quicker
 * than a structured clone of the parsed object) and the geometry (atlas.topojson, as bytes too: a
 * worker builds the map's source from its own copy, map/atlasSourceClient.ts), fetched at
 * once but handed over separately: the start-up reads the places first (the URL's view, the
 * preview's classes) while the geometry is still arriving. Both are preloaded by index.html.
 */
export function fetchAtlas(baseUrl: string): { lookup: Promise<ArrayBuffer>; topology: Promise<ArrayBuffer> } {
  return {
    lookup: fetchBytes(`${baseUrl}data/lookup.json`),
    topology: fetchBytes(`${baseUrl}data/atlas.topojson`),
  };
}
