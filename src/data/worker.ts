/// <reference lib="webworker" />
import { packInitiatives, transferablesOf } from '../domain/initiativeTable.ts';
import { combine } from '../domain/merge.ts';
import type { Cell, Initiative } from '../domain/types.ts';
import { createImportContext, type ImportContext } from './import/context.ts';
import { importCsv } from './import/index.ts';
import { clearSaved, loadSaved, saveDataset } from './persist.ts';
import { ROWS_PER_MESSAGE, type WorkerRequest, type WorkerResponse } from './protocol.ts';

// Heavy work stays off the main thread: parsing CSV, resolving places, merging and saving.
declare const self: DedicatedWorkerGlobalScope;
let context: ImportContext | undefined;
const dataset: { cells: Cell[]; initiatives: Initiative[] } = { cells: [], initiatives: [] };

const reply = (message: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

function sendCells(id: number, cells: Cell[]) {
  for (let start = 0; start === 0 || start < cells.length; start += ROWS_PER_MESSAGE) {
    reply({ id, type: 'cells', first: start === 0, rows: cells.slice(start, start + ROWS_PER_MESSAGE) });
  }
}

function sendInitiatives(id: number, initiatives: Initiative[]) {
  const packed = packInitiatives(initiatives);
  reply({ id, type: 'initiatives', packed }, transferablesOf(packed));
}

async function persist(): Promise<string | null> {
  const savedAt = new Date().toISOString();
  try {
    await saveDataset({ ...dataset, savedAt });
    return savedAt;
  } catch {
    return null; // a private window may refuse IndexedDB: the data stays for this visit
  }
}

async function handle(request: WorkerRequest) {
  if (request.type === 'init') {
    context = createImportContext(request.lookup);
    reply({ id: request.id, type: 'ready' });
  } else if (request.type === 'import') {
    if (!context) throw new Error('the data worker was not initialised');
    const bytes = request.bytes instanceof Blob ? await request.bytes.arrayBuffer() : request.bytes;
    const result = importCsv(new Uint8Array(bytes), request.fileName, context, {
      ...(request.origin ? { origin: request.origin } : {}),
      onProgress: (done, total) => reply({ id: request.id, type: 'progress', done, total }),
    });
    if (result.kind === 'cells') dataset.cells = combine(dataset.cells, result.cells, request.mode);
    if (result.kind === 'initiatives')
      dataset.initiatives = combine(dataset.initiatives, result.initiatives, request.mode);
    if (result.kind === 'cells') sendCells(request.id, dataset.cells);
    if (result.kind === 'initiatives') sendInitiatives(request.id, dataset.initiatives);
    const savedAt = request.persist && result.kind !== 'none' ? await persist() : null;
    reply({ id: request.id, type: 'imported', report: result.report, savedAt });
  } else if (request.type === 'restore') {
    const saved = await loadSaved().catch(() => undefined);
    if (saved) {
      dataset.cells = saved.cells;
      dataset.initiatives = saved.initiatives;
      sendCells(request.id, saved.cells);
      sendInitiatives(request.id, saved.initiatives);
    }
    reply({ id: request.id, type: 'restored', savedAt: saved?.savedAt ?? null });
  } else {
    await clearSaved().catch(() => undefined);
    reply({ id: request.id, type: 'cleared' });
  }
}

// One request at a time, in the order sent: an import always sees the places and the data
// that requests before it set up.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  queue = queue.then(() =>
    handle(request).catch((error: unknown) =>
      reply({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
    ),
  );
};
