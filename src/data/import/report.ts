import type { FileKind } from './columns.ts';
import type { Encoding } from './decode.ts';

export type Severity = 'error' | 'warning';

export type ProblemCode =
  | 'required'
  | 'duplicate_id'
  | 'invalid_value'
  | 'invalid_date'
  | 'invalid_url'
  | 'too_long'
  | 'field_count'
  | 'unterminated_quote'
  | 'old_code'
  | 'unplaced'
  | 'ambiguous'
  | 'unknown_zone'
  | 'ignored_value';

/** One problem, always with the spreadsheet row (header = row 1) and the column. */
export interface Problem {
  row: number;
  column: string;
  value: string;
  severity: Severity;
  code: ProblemCode;
  /** English, for the CLI and as the fallback in the app. */
  reason: string;
}

export interface ImportReport {
  fileName: string;
  kind?: FileKind;
  encoding?: Encoding;
  delimiter?: string;
  /** Data rows in the file (not counting the header). */
  totalRows: number;
  imported: number;
  rejected: number;
  /** Imported rows with at least one municipality that could not be placed on the map. */
  unplaced: number;
  problems: Problem[];
  ignoredColumns: string[];
  /** The header and the rejected rows as they were, for download. */
  rejectedRows: string[][];
  /** Set when nothing could be read at all. */
  fatal?: string;
}

export const emptyReport = (fileName: string): ImportReport => ({
  fileName,
  totalRows: 0,
  imported: 0,
  rejected: 0,
  unplaced: 0,
  problems: [],
  ignoredColumns: [],
  rejectedRows: [],
});

export function summary(report: ImportReport): string {
  if (report.fatal) return `Nothing imported from ${report.fileName}: ${report.fatal}`;
  return `Imported ${report.imported} of ${report.totalRows} rows (${report.rejected} rejected, ${report.unplaced} unplaced)`;
}

export function formatProblem(p: Problem): string {
  const value = p.value.length > 60 ? `${p.value.slice(0, 57)}...` : p.value;
  return `row ${p.row}, column ${p.column}: ${p.severity}: ${p.reason}${value ? ` (value: "${value}")` : ''}`;
}
