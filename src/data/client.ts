import type { ImportResult } from './import/index.ts';
import type { AtlasPayload, WorkerRequest, WorkerResponse } from './protocol.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type RequestBody = DistributiveOmit<WorkerRequest, 'id'>;

type Pending = {
  resolve: (response: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number) => void;
};

/** The app's one handle on the data worker. */
export class DataClient {
  private readonly worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if (message.type === 'progress') return pending.onProgress?.(message.done, message.total);
      this.pending.delete(message.id);
      if (message.type === 'error') pending.reject(new Error(message.message));
      else pending.resolve(message);
    };
  }

  private send(request: RequestBody, transfer: Transferable[] = [], onProgress?: Pending['onProgress']) {
    const id = this.nextId++;
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.pending.set(id, onProgress ? { resolve, reject, onProgress } : { resolve, reject });
      this.worker.postMessage({ ...request, id } as WorkerRequest, transfer);
    });
  }

  /** Fetches here (so that index.html's preloads are used) and parses in the worker. */
  async loadAtlas(baseUrl: string): Promise<AtlasPayload> {
    const [atlas, lookup] = await Promise.all(
      ['atlas.topojson', 'lookup.json'].map((file) => fetchBytes(`${baseUrl}data/${file}`)),
    );
    if (!atlas || !lookup) throw new Error('missing data');
    const response = await this.send({ type: 'init', atlas, lookup }, [atlas, lookup]);
    if (response.type !== 'atlas') throw new Error('unexpected answer from the data worker');
    return response.payload;
  }

  async importFile(bytes: ArrayBuffer, fileName: string, onProgress?: Pending['onProgress']): Promise<ImportResult> {
    const response = await this.send({ type: 'import', bytes, fileName }, [bytes], onProgress);
    if (response.type !== 'imported') throw new Error('unexpected answer from the data worker');
    return response.payload;
  }
}

export async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}. Run "npm run data" to build the data.`);
  return response.arrayBuffer();
}

let shared: DataClient | undefined;
/** The app's one data worker, created on first use (nothing starts when a module loads). */
export const dataClient = (): DataClient => {
  shared ??= new DataClient();
  return shared;
};
