/// <reference lib="webworker" />
import type { Topology } from 'topojson-specification';
import { parseJson } from '../data/json.ts';
import { type AtlasSourceJob, type AtlasSourceReply, atlasSourceData } from './atlasSource.ts';

/**
 * Builds the atlas's source off the page's thread (atlasSourceClient.ts), while the page makes the
 * map: decoding the topology and building its features held the page's thread for ~0.3 s on the
 * phone profile, after the map was made. The page gets the GeoJSON as a Blob, whose URL MapLibre's
 * own worker reads: JSON text is quicker to write and read than a structured clone of the objects
 * (3 + 7 ms against 22 ms on a desk). MapLibre's worker still sends its parsed data back to the
 * page once, which keeps them.
 */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = ({ data }: MessageEvent<AtlasSourceJob>) => {
  let reply: AtlasSourceReply;
  try {
    const { topology, ...job } = data;
    const text = JSON.stringify(atlasSourceData(parseJson<Topology>(topology), job));
    reply = { blob: new Blob([text], { type: 'application/geo+json' }) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
