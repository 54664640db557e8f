import type { Cell, Initiative, Origin } from '../../domain/types.ts';
import { detectKind, type Field, type FileKind, fieldOf, REQUIRED } from './columns.ts';
import type { ImportContext } from './context.ts';
import { decodeBytes } from './decode.ts';
import { toCell, toInitiative } from './records.ts';
import { emptyReport, type FatalCode, type ImportReport, type MessageParams } from './report.ts';
import { MAX_FIELD_LENGTH, RowProblems } from './rows.ts';
import { parseTable } from './table.ts';

export type ImportResult =
  | { kind: 'cells'; cells: Cell[]; report: ImportReport }
  | { kind: 'initiatives'; initiatives: Initiative[]; report: ImportReport }
  | { kind: 'none'; report: ImportReport };

export type Progress = (done: number, total: number) => void;

const fail = (report: ImportReport, code: FatalCode, params?: MessageParams): ImportResult => ({
  kind: 'none',
  report: { ...report, fatal: { code, ...(params ? { params } : {}) } },
});

/**
 * The one import path: bytes of a CSV file in; cells or initiatives and a report out. The app
 * (in a worker), the CLI (npm run validate) and the demonstration data all go through here.
 */
export function importCsv(
  bytes: Uint8Array,
  fileName: string,
  context: ImportContext,
  options: { origin?: Origin; onProgress?: Progress } = {},
): ImportResult {
  const { origin = `file:${fileName}`, onProgress } = options;
  const report = emptyReport(fileName);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return fail(report, decoded.failure, decoded.params);
  report.encoding = decoded.encoding;
  const table = parseTable(decoded.text);
  report.delimiter = table.delimiter;
  report.totalRows = table.rows.length;
  if (table.header.every((h) => !h)) return fail(report, 'no_header');
  const kind = detectKind(table.header);
  if (!kind) {
    return fail(report, 'unknown_kind');
  }
  report.kind = kind;
  if (table.rows.length === 0) return fail(report, 'no_rows');

  const columns = new Map<Field, number>();
  table.header.forEach((header, i) => {
    const field = fieldOf(header, kind);
    if (field && !columns.has(field)) columns.set(field, i);
    else report.ignoredColumns.push(header || `(column ${i + 1} has no name)`);
  });
  const missing = REQUIRED[kind].filter((f) => !columns.has(f));
  if (kind === 'initiatives' && ![...columns.keys()].some((f) => f.startsWith('title_'))) missing.push('title_nl');
  if (missing.length > 0) return fail(report, 'missing_columns', { list: missing.join(', '), count: missing.length });

  report.rejectedRows.push(table.header);
  const seen = new Map<string, number>();
  const idField = kind === 'cells' ? 'cell_id' : 'initiative_id';
  const records: (Cell | Initiative)[] = [];
  table.rows.forEach((parsed, index) => {
    const problems = new RowProblems(index + 2);
    const brokenLine = table.broken.get(index);
    const raw = brokenLine === undefined ? parsed : brokenLine.split(table.delimiter);
    if (brokenLine === undefined) checkShape(raw, table.header, problems);
    else reportBrokenQuote(brokenLine, table.delimiter, table.header, problems);
    const get = (field: Field) => {
      const at = columns.get(field);
      return at === undefined ? '' : (raw[at] ?? '').trim();
    };
    const id = get(idField);
    const firstRow = seen.get(id);
    if (id && firstRow) problems.error(idField, id, 'duplicate_id', { row: firstRow });
    const record = problems.hasError ? undefined : buildRecord(kind, get, context, problems, origin);
    report.problems.push(...problems.list);
    if (record) {
      seen.set(id, index + 2);
      records.push(record);
      if (record.unplaced.length > 0) report.unplaced++;
      if (problems.list.length > 0) report.warned++; // a kept row's problems are warnings
    } else {
      report.rejectedRows.push(raw);
    }
    if (onProgress && index % 5000 === 4999) onProgress(index + 1, table.rows.length);
  });
  report.imported = records.length;
  report.rejected = table.rows.length - records.length;
  return kind === 'cells'
    ? { kind, cells: records as Cell[], report }
    : { kind, initiatives: records as Initiative[], report };
}

function buildRecord(
  kind: FileKind,
  get: (f: Field) => string,
  context: ImportContext,
  problems: RowProblems,
  origin: Origin,
) {
  return kind === 'cells' ? toCell(get, context, problems, origin) : toInitiative(get, context, problems, origin);
}

/** A line whose quote never closes (see lines.ts): rejected alone, naming where the quote opens. */
function reportBrokenQuote(line: string, delimiter: string, header: string[], problems: RowProblems) {
  const fields = line.split(delimiter);
  const column = Math.max(
    0,
    fields.findIndex((v) => v.startsWith('"')),
  );
  problems.error(
    header[column] || `(column ${column + 1})`,
    fields.slice(column).join(delimiter).slice(0, 40),
    'unterminated_quote',
  );
}

function checkShape(raw: string[], header: string[], problems: RowProblems) {
  const width = header.length;
  if (raw.length > width) {
    problems.error(`(column ${width + 1})`, raw[width] ?? '', 'field_count', { count: raw.length, width });
  }
  raw.forEach((value, i) => {
    if (value.length > MAX_FIELD_LENGTH) {
      problems.error(header[i] || `(column ${i + 1})`, value.slice(0, 40), 'too_long', {
        length: value.length,
        limit: MAX_FIELD_LENGTH,
      });
    }
  });
}
