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

/** A worker started ahead, and whether it failed to load (its error may come before any job). */
let started: { worker: Worker; failed: boolean } | undefined;

function newWorker() {
  const worker = new Worker(new URL('./atlasSourceWorker.ts', import.meta.url), { type: 'module' });
  const entry = { worker, failed: false };
  worker.addEventListener('error', () => {
    entry.failed = true;
  });
  return entry;
}

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

/** The worker started ahead is not needed (no map, or no atlas): it stops. */
export function stopAtlasSourceWorker(): void {
  started?.worker.terminate();
  started = undefined;
}

/**
 * Starts building the atlas's source in a worker of its own (atlasSourceWorker.ts), to be called
 * before the map is made: the worker decodes while the page's thread makes the map. Where the
 * worker cannot load or run, the page builds the same features itself.
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
    let entry = started;
    started = undefined; // one job per worker
    let done = false;
    // Once only: an error after the reply must not build the source again, nor a reply after it.
    const settle = (make: () => AtlasSource) => {
      if (done) return;
      done = true;
      entry?.worker.terminate();
      try {
        resolve(make());
      } catch (error) {
        reject(error);
      }
    };
    try {
      entry ??= newWorker();
    } catch {
      return settle(here);
    }
    if (entry.failed) return settle(here);
    const { worker } = entry;
    worker.addEventListener('error', () => settle(here));
    worker.onmessageerror = () => settle(here);
    worker.onmessage = ({ data }: MessageEvent<AtlasSourceReply>) => {
      if ('error' in data) return settle(here); // the page's own try throws the same, with its message
      settle(() => {
        const url = URL.createObjectURL(data.blob);
        return { data: url, release: () => URL.revokeObjectURL(url) };
      });
    };
    const copy = topology.slice(0); // the page keeps its own, decoded when first read (geometry.ts)
    worker.postMessage({ ...job, topology: copy } satisfies AtlasSourceJob, [copy]);
  });
}
