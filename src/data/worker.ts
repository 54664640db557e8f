/// <reference lib="webworker" />
import type { Topology } from 'topojson-specification';
import type { Lookup } from '../domain/atlas.ts';
import { decodeAtlas } from './geometry.ts';
import { createImportContext, type ImportContext } from './import/context.ts';
import { importCsv } from './import/index.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

// Heavy work stays off the main thread: decoding the topology and parsing CSV files.
declare const self: DedicatedWorkerGlobalScope;
let context: ImportContext | undefined;

const reply = (message: WorkerResponse) => self.postMessage(message);

const decoder = new TextDecoder();
const parseJson = <T>(bytes: ArrayBuffer): T => JSON.parse(decoder.decode(bytes)) as T;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'init') {
      const lookup = parseJson<Lookup>(request.lookup);
      const topology = parseJson<Topology>(request.atlas);
      context = createImportContext(lookup);
      reply({
        id: request.id,
        type: 'atlas',
        payload: { lookup, geometry: decodeAtlas(topology) },
      });
    } else {
      if (!context) throw new Error('the data worker was not initialised');
      const result = importCsv(new Uint8Array(request.bytes), request.fileName, context, (done, total) =>
        reply({ id: request.id, type: 'progress', done, total }),
      );
      reply({ id: request.id, type: 'imported', payload: result });
    }
  } catch (error) {
    reply({
      id: request.id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
