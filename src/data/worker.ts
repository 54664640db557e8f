/// <reference lib="webworker" />
import type { Lookup } from '../domain/atlas.ts';
import { withRegisterOrigin } from '../domain/register.ts';
import type { Cell, Initiative } from '../domain/types.ts';
import { toCsv, UTF8_BOM } from './csvWrite.ts';
import { createImportContext, type ImportContext } from './import/context.ts';
import { type ImportResult, importCsv } from './import/index.ts';
import type { ImportReport } from './import/report.ts';
import { type ProblemTotals, trimProblems } from './import/trim.ts';
import { parseJson } from './json.ts';
import { DataOwner } from './owner.ts';
import type { ReplyMessage, WorkerRequest } from './protocol.ts';
import { removedBy } from './rowLayers.ts';
import type { Kind } from './saved/schema.ts';
import { listen } from './tabs.ts';

// The one owner of the data. Heavy work stays off the main thread: parsing CSV, resolving
// places, merging, saving, and building the rejected rows' CSV.
declare const self: DedicatedWorkerGlobalScope;
const reply = (message: ReplyMessage) => self.postMessage(message);
const owner = new DataOwner((message, transfer = []) => self.postMessage(message, transfer));

// Requests that need the places, or the saved rows, wait for them: init and restore are
// handled as they arrive, the rest in order behind them. A file dropped during start-up is
// never refused, and always merges with what was saved.
let setContext: (context: ImportContext) => void = () => undefined;
const context = new Promise<ImportContext>((resolve) => {
  setContext = resolve;
});
let restored: Promise<void> | undefined;
const ownRows = () => (restored ??= owner.restore());

interface Parsed {
  kind: Kind;
  rows: Cell[] | Initiative[];
  report: ImportReport;
  /** What goes with the report: the rejected rows as CSV, and the problem totals if trimmed. */
  extra: { rejectedCsv?: Blob; totals?: ProblemTotals };
}
const waiting = new Map<number, Parsed & { fileName: string }>();
let nextToken = 1;

/** The rejected rows as a CSV file, built here: a big report is a long task on the main thread. */
function takeRejected(report: ImportReport): Blob | undefined {
  const [header, ...rows] = report.rejectedRows;
  report.rejectedRows = [];
  if (!header || rows.length === 0) return undefined;
  return new Blob([UTF8_BOM + toCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
}

function parsed(result: ImportResult): Parsed | undefined {
  const rejectedCsv = takeRejected(result.report);
  const totals = trimProblems(result.report);
  const extra = { ...(rejectedCsv ? { rejectedCsv } : {}), ...(totals ? { totals } : {}) };
  const base = { report: result.report, extra };
  if (result.kind === 'cells') return { kind: 'cells', rows: result.cells, ...base };
  if (result.kind === 'initiatives') return { kind: 'initiatives', rows: result.initiatives, ...base };
  return undefined;
}

const bytesOf = async (bytes: ArrayBuffer | Blob) =>
  new Uint8Array(bytes instanceof Blob ? await bytes.arrayBuffer() : bytes);

async function handle(request: WorkerRequest) {
  const { id } = request;
  switch (request.type) {
    case 'init':
      setContext(createImportContext(parseJson<Lookup>(request.lookup)));
      return reply({ id, type: 'done' });
    case 'restore':
      restored ??= owner.restore();
      await restored;
      return reply({ id, type: 'done' });
    case 'shipped': {
      // The register's snapshot holds the public facts too: only its own statements are "register".
      const fromRegister = request.content === 'register';
      const result = importCsv(await bytesOf(request.bytes), request.fileName, await context, {
        origin: fromRegister ? 'public' : request.content,
      });
      const rows = parsed(result);
      if (!rows) throw new Error(`${request.fileName}: ${result.report.fatal?.code ?? 'unreadable'}`);
      const marked = fromRegister ? withRegisterOrigin<Cell | Initiative>(rows.rows) : rows.rows;
      owner.setShipped(request.content, rows.kind, marked as Cell[] | Initiative[]);
      return reply({ id, type: 'done' });
    }
    case 'import': {
      await ownRows();
      const result = importCsv(await bytesOf(request.bytes), request.fileName, await context, {
        onProgress: (done, total) => reply({ id, type: 'progress', done, total }),
      });
      const file = parsed(result);
      if (!file) return reply({ id, type: 'imported', report: result.report, save: { status: 'not-applied' } });
      const saved = owner.userRows(file.kind);
      const { mode } = request; // as the panel showed it (src/state/importMode.ts)
      const removes = removedBy(saved, file.rows);
      if (mode === 'replace' && removes > 0 && file.report.rejected > 0) {
        const token = nextToken++;
        waiting.set(token, { ...file, fileName: request.fileName });
        const { imported, rejected } = file.report;
        const question = {
          token,
          fileName: request.fileName,
          kind: file.kind,
          saved: saved?.rows.length ?? 0,
          removes,
          imported,
          rejected,
        };
        return reply({ id, type: 'confirm', question });
      }
      const save = await owner.apply(file.kind, file.rows, mode, request.fileName);
      return reply({
        id,
        type: 'imported',
        report: file.report,
        save,
        ...file.extra,
      });
    }
    case 'decide': {
      const file = waiting.get(request.token);
      waiting.delete(request.token);
      if (!file) throw new Error('this import is no longer waiting');
      const extra = file.extra;
      if (request.choice === 'cancel')
        return reply({ id, type: 'imported', report: file.report, save: { status: 'not-applied' }, ...extra });
      const save = await owner.apply(file.kind, file.rows, request.choice, file.fileName);
      return reply({ id, type: 'imported', report: file.report, save, ...extra });
    }
    case 'undo':
      await ownRows();
      await owner.undoLast();
      return reply({ id, type: 'done' });
    case 'clear':
      await ownRows();
      await owner.clear();
      return reply({ id, type: 'done' });
    case 'dump':
      return reply({ id, type: 'dump', text: await owner.dump() });
  }
}

// One request at a time, in the order sent: an import sees the places and the data that
// requests before it set up. Another tab's commit is read in the same line.
let queue: Promise<void> = Promise.resolve();
const enqueue = (task: () => Promise<unknown>, id?: number) => {
  queue = queue.then(() =>
    task().then(
      () => undefined,
      (error: unknown) => {
        if (id !== undefined)
          reply({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    ),
  );
};
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const immediate = request.type === 'init' || request.type === 'restore';
  if (immediate)
    void handle(request).catch((error: unknown) => reply({ id: request.id, type: 'error', message: String(error) }));
  else enqueue(() => handle(request), request.id);
};
listen(() => enqueue(() => owner.refresh()));
