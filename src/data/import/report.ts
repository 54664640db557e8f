import type { problemsEn } from '../../i18n/locales/problems-en.ts';
import type { FileKind } from './columns.ts';
import type { Encoding } from './decode.ts';

export type Severity = 'error' | 'warning';

/** Each code has its message in the locale files (problem.<code>, fatal.<code>), in four languages. */
export type ProblemCode = keyof typeof problemsEn.problem;
export type FatalCode =
  | 'empty'
  | 'too_large'
  | 'spreadsheet'
  | 'binary'
  | 'no_header'
  | 'unknown_kind'
  | 'no_rows'
  | 'missing_columns'
  | 'not_found'
  | 'failed';
export type MessageParams = Record<string, string | number>;

/** One problem, always with the spreadsheet row (header = row 1) and the column. */
export interface Problem {
  row: number;
  column: string;
  value: string;
  severity: Severity;
  code: ProblemCode;
  params?: MessageParams;
}

/** Why nothing at all could be read from a file. */
export interface Fatal {
  code: FatalCode;
  params?: MessageParams;
}

export interface ImportReport {
  fileName: string;
  kind?: FileKind;
  encoding?: Encoding;
  delimiter?: string;
  /** Data rows in the file (not counting the header). */
  totalRows: number;
  imported: number;
  /** Imported rows with a warning (a date left empty, a municipality left unplaced…): among `imported`. */
  warned: number;
  rejected: number;
  /** Imported rows with at least one municipality that could not be placed on the map. */
  unplaced: number;
  problems: Problem[];
  ignoredColumns: string[];
  /** The header and the rejected rows as they were, for download. */
  rejectedRows: string[][];
  /** Set when nothing could be read at all. */
  fatal?: Fatal;
}

export const emptyReport = (fileName: string): ImportReport => ({
  fileName,
  totalRows: 0,
  imported: 0,
  warned: 0,
  rejected: 0,
  unplaced: 0,
  problems: [],
  ignoredColumns: [],
  rejectedRows: [],
});

/** A translation function: i18next's t in the app, or one made for the CLI (src/i18n/problems.ts). */
export type Translate = (key: string, params?: MessageParams) => string;

export const problemText = (t: Translate, p: Problem) => t(`problem.${p.code}`, p.params);
export const fatalText = (t: Translate, f: Fatal) => t(`fatal.${f.code}`, f.params);
