import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { parseJson } from '../data/json.ts';
import { type Land, mergers2025 } from '../domain/land.ts';
import type { Coverage } from '../domain/vocabulary.ts';
import { type AtlasSourceJob, type AtlasSourceReply, atlasSourceData } from './atlasSource.ts';
import { coverageIndex } from './layers.ts';

/** The atlas's source data: a Blob URL of its GeoJSON, or the features, made here. */
export interface AtlasSource {
  data: string | FeatureCollection;
  /** Frees the Blob once the source is gone. */
  release: () => void;
}

let started: Worker | undefined;
const newWorker = () => new Worker(new URL('./atlasSourceWorker.ts', import.meta.url), { type: 'module' });

/**
 * Starts the worker now, from the entry: a worker's start takes turns of the page's thread, which
 * making the map then holds; started with the map, it ran only once the map was made.
 */
export function startAtlasSourceWorker(): void {
  try {
    started ??= newWorker();
  } catch {
    // The page builds the source itself (requestAtlasSource).
  }
}

/**
 * Starts building the atlas's source in a worker of its own (atlasSourceWorker.ts), to be called
 * before the map is made: the worker decodes while the page's thread makes the map. Where the
 * worker cannot start or run, the page builds the same features itself.
 */
export function requestAtlasSource(
  topology: ArrayBuffer,
  preview: ReadonlyMap<string, Coverage> | null,
  land: Land,
): Promise<AtlasSource> {
  const job: Omit<AtlasSourceJob, 'topology'> = {
    preview: preview && Object.fromEntries([...preview].map(([nis, coverage]) => [nis, coverageIndex(coverage)])),
    groups: mergers2025(land),
  };
  const here = (): AtlasSource => ({
    data: atlasSourceData(parseJson<Topology>(topology), job),
    release: () => undefined,
  });
  return new Promise<AtlasSource>((resolve, reject) => {
    const settle = (make: () => AtlasSource) => {
      worker?.terminate();
      try {
        resolve(make());
      } catch (error) {
        reject(error);
      }
    };
    let worker = started;
    started = undefined; // one job per worker
    try {
      worker ??= newWorker();
    } catch {
      return settle(here);
    }
    worker.onerror = () => settle(here);
    worker.onmessage = ({ data }: MessageEvent<AtlasSourceReply>) => {
      if ('error' in data) return settle(here); // the page's own try throws the same, with its message
      const url = URL.createObjectURL(data.blob);
      settle(() => ({ data: url, release: () => URL.revokeObjectURL(url) }));
    };
    const copy = topology.slice(0); // the page keeps its own, decoded when first read (geometry.ts)
    worker.postMessage({ ...job, topology: copy } satisfies AtlasSourceJob, [copy]);
  });
}
