import { InitiativeTable } from '../domain/initiativeTable.ts';
import type { ImportMode } from '../domain/merge.ts';
import type { Cell } from '../domain/types.ts';
import type { ImportReport } from './import/report.ts';
import type { ProblemTotals } from './import/trim.ts';
import type {
  DataState,
  ReplaceQuestion,
  ReplyMessage,
  SaveResult,
  ShippedContent,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type RequestBody = DistributiveOmit<WorkerRequest, 'id'>;
type Progress = (done: number, total: number) => void;

/** What the map shows now: the rows of the kinds that changed, and the state. */
export interface ViewUpdate {
  cells?: Cell[];
  initiatives?: InitiativeTable;
  state: DataState;
}

export type ImportOutcome =
  | { type: 'imported'; report: ImportReport; save: SaveResult; rejectedCsv?: Blob; totals?: ProblemTotals }
  | { type: 'confirm'; question: ReplaceQuestion };

interface Pending {
  resolve: (message: ReplyMessage) => void;
  reject: (error: Error) => void;
  onProgress?: Progress;
}

/**
 * The app's one handle on the data worker, the owner of the data. The main thread receives
 * only what it displays: the view, pushed whenever it changes (here or in another tab).
 */
export class DataClient {
  private readonly worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private incoming: { cells?: Cell[]; initiatives?: InitiativeTable } = {};
  private listener: ((update: ViewUpdate) => void) | undefined;
  private missed: ViewUpdate | undefined;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (!('id' in message)) return this.receiveView(message);
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if (message.type === 'progress') return pending.onProgress?.(message.done, message.total);
      this.pending.delete(message.id);
      if (message.type === 'error') pending.reject(new Error(message.message));
      else pending.resolve(message);
    };
  }

  private receiveView(message: Exclude<WorkerResponse, ReplyMessage>) {
    if (message.type === 'cells') {
      // Cells arrive in chunks; gather them without copying the growing array.
      const cells = message.first ? [] : (this.incoming.cells ?? []);
      for (const row of message.rows) cells.push(row);
      this.incoming.cells = cells;
    } else if (message.type === 'initiatives') {
      this.incoming.initiatives = new InitiativeTable(message.packed);
    } else {
      const update: ViewUpdate = { ...this.missed, ...this.incoming, state: message.state };
      this.incoming = {};
      if (this.listener) this.listener(update);
      else this.missed = update;
    }
  }

  /** Calls `listener` with every change of the view, starting with any it missed. */
  onView(listener: (update: ViewUpdate) => void) {
    this.listener = listener;
    if (this.missed) listener(this.missed);
    this.missed = undefined;
  }

  private send(request: RequestBody, transfer: Transferable[] = [], onProgress?: Progress): Promise<ReplyMessage> {
    const id = this.nextId++;
    return new Promise<ReplyMessage>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      this.worker.postMessage({ ...request, id } as WorkerRequest, transfer);
    });
  }

  /** Gives the worker the places it resolves references against: lookup.json's bytes, handed over. */
  async init(lookup: ArrayBuffer): Promise<void> {
    await this.send({ type: 'init', lookup }, [lookup]);
  }

  /** Reads the rows saved in this browser; storage that does not answer is given up on in seconds. */
  async restore(): Promise<void> {
    await this.send({ type: 'restore' });
  }

  async loadShipped(bytes: ArrayBuffer, fileName: string, content: ShippedContent) {
    await this.send({ type: 'shipped', bytes, fileName, content }, [bytes]);
  }

  /** A File is read by the worker: reading 10 MB on the main thread is itself a 50 ms task. */
  async importFile(bytes: ArrayBuffer | Blob, fileName: string, mode: ImportMode, onProgress?: Progress) {
    const transfer = bytes instanceof ArrayBuffer ? [bytes] : [];
    return outcome(await this.send({ type: 'import', bytes, fileName, mode }, transfer, onProgress));
  }

  /** The user's answer to a replace that would remove saved rows. */
  async decide(token: number, choice: 'replace' | 'merge' | 'cancel') {
    return outcome(await this.send({ type: 'decide', token, choice }));
  }

  async undo(): Promise<void> {
    await this.send({ type: 'undo' });
  }

  async clear(): Promise<void> {
    await this.send({ type: 'clear' });
  }

  /** Everything in storage as JSON, readable or not. */
  async dump(): Promise<string> {
    const answer = await this.send({ type: 'dump' });
    if (answer.type !== 'dump') throw new Error('unexpected answer from the data worker');
    return answer.text;
  }
}

function outcome(answer: ReplyMessage): ImportOutcome {
  if (answer.type === 'confirm') return { type: 'confirm', question: answer.question };
  if (answer.type !== 'imported') throw new Error('unexpected answer from the data worker');
  const { report, save, rejectedCsv, totals } = answer;
  return { type: 'imported', report, save, ...(rejectedCsv ? { rejectedCsv } : {}), ...(totals ? { totals } : {}) };
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
