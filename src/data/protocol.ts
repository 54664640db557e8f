import type { Lookup } from '../domain/atlas.ts';
import type { AtlasGeometry } from './geometry.ts';
import type { ImportResult } from './import/index.ts';

/** Messages between the app and its data worker (src/data/worker.ts). */
export type WorkerRequest =
  | { id: number; type: 'init'; atlas: ArrayBuffer; lookup: ArrayBuffer }
  | { id: number; type: 'import'; bytes: ArrayBuffer; fileName: string };

export interface AtlasPayload {
  lookup: Lookup;
  geometry: AtlasGeometry;
}

export type WorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'atlas'; payload: AtlasPayload }
  | { id: number; type: 'imported'; payload: ImportResult }
  | { id: number; type: 'error'; message: string };
