import type { Topology } from 'topojson-specification';
import type { Lookup } from '../domain/atlas.ts';
import { fetchBytes } from './client.ts';
import { type AtlasGeometry, decodeAtlas } from './geometry.ts';

/**
 * Geometry and places. The TopoJSON (about 120 kB) decodes in a few tens of milliseconds, so it
 * is done here, the moment it arrives: waiting for a worker to start would delay the first map.
 * CSV parsing, the heavy part, stays in the data worker.
 */
export async function loadAtlas(baseUrl: string): Promise<{ lookup: Lookup; geometry: AtlasGeometry }> {
  const [atlas, lookup] = await Promise.all(
    ['atlas.topojson', 'lookup.json'].map(async (file) =>
      JSON.parse(new TextDecoder().decode(await fetchBytes(`${baseUrl}data/${file}`))),
    ),
  );
  return { lookup: lookup as Lookup, geometry: decodeAtlas(atlas as Topology, lookup as Lookup) };
}
