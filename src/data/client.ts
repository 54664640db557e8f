import type { Lookup } from '../domain/atlas.ts';
import { InitiativeTable } from '../domain/initiativeTable.ts';
import type { ImportMode } from '../domain/merge.ts';
import type { Cell, Origin } from '../domain/types.ts';
import type { ImportReport } from './import/report.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type RequestBody = DistributiveOmit<WorkerRequest, 'id'>;
type Progress = (done: number, total: number) => void;

/** What a request returns: its final message, plus the rows streamed before it. */
export interface Answer {
  final: WorkerResponse;
  cells?: Cell[];
  initiatives?: InitiativeTable;
}

export interface ImportOutcome {
  report: ImportReport;
  savedAt: string | null;
  cells?: Cell[];
  initiatives?: InitiativeTable;
}

interface Pending {
  answer: Answer;
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
  onProgress?: Progress;
}

function append<T>(list: T[], rows: readonly T[]): T[] {
  for (const row of rows) list.push(row);
  return list;
}

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
      if (message.type === 'cells') {
        // Cells arrive in chunks; gather them without copying the growing array.
        const answer = pending.answer;
        answer.cells = append(message.first ? [] : (answer.cells ?? []), message.rows);
        return;
      }
      if (message.type === 'initiatives') {
        pending.answer.initiatives = new InitiativeTable(message.packed);
        return;
      }
      this.pending.delete(message.id);
      if (message.type === 'error') pending.reject(new Error(message.message));
      else pending.resolve({ ...pending.answer, final: message });
    };
  }

  private send(request: RequestBody, transfer: Transferable[] = [], onProgress?: Progress): Promise<Answer> {
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      const pending: Pending = { answer: { final: { id, type: 'cleared' } }, resolve, reject };
      if (onProgress) pending.onProgress = onProgress;
      this.pending.set(id, pending);
      this.worker.postMessage({ ...request, id } as WorkerRequest, transfer);
    });
  }

  /** Gives the worker the places it resolves imported references against. */
  async init(lookup: Lookup): Promise<void> {
    const { final } = await this.send({ type: 'init', lookup });
    if (final.type !== 'ready') throw new Error('unexpected answer from the data worker');
  }

  /** A File is read by the worker: reading 10 MB on the main thread is itself a 50 ms task. */
  async importFile(
    bytes: ArrayBuffer | Blob,
    fileName: string,
    options: { mode: ImportMode; persist: boolean; origin?: Origin; onProgress?: Progress },
  ): Promise<ImportOutcome> {
    const { onProgress, ...rest } = options;
    const answer = await this.send(
      { type: 'import', bytes, fileName, ...rest },
      bytes instanceof ArrayBuffer ? [bytes] : [],
      onProgress,
    );
    if (answer.final.type !== 'imported') throw new Error('unexpected answer from the data worker');
    return { ...answer, report: answer.final.report, savedAt: answer.final.savedAt };
  }

  /** The data saved in this browser, if any. */
  async restore(): Promise<Answer & { savedAt: string | null }> {
    const answer = await this.send({ type: 'restore' });
    return { ...answer, savedAt: answer.final.type === 'restored' ? answer.final.savedAt : null };
  }

  async clear(): Promise<void> {
    await this.send({ type: 'clear' });
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
