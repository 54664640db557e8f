import type { Cell, Initiative, Origin } from '../../domain/types.ts';
import { CELL_LEVELS, CELL_STATUSES, isOneOf, THEMES } from '../../domain/vocabulary.ts';
import { parseHttpUrl } from '../import/values.ts';

/**
 * Rows read back from storage are checked like an import's: a field of the wrong type, a value
 * outside the vocabulary or a link that is not http(s) makes the saved data unreadable, with
 * the reason. Nothing read from storage reaches the app unchecked.
 */
type Check = (row: Record<string, unknown>) => string | undefined;

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown) => Array.isArray(v) && v.every(isString);
const isOrigin = (v: unknown): v is Origin =>
  isString(v) && (v === 'public' || v === 'examples' || v === 'register' || v.startsWith('file:'));
const isText = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isString);

const text =
  (field: string): Check =>
  (r) =>
    isString(r[field]) && r[field] ? undefined : `${field} is missing`;
const optional =
  (field: string): Check =>
  (r) =>
    r[field] === undefined || isString(r[field]) ? undefined : `${field} is not text`;
const link =
  (field: string): Check =>
  (r) =>
    r[field] === undefined || (isString(r[field]) && parseHttpUrl(r[field]))
      ? undefined
      : `${field} is not an http(s) link`;
const list =
  (field: string): Check =>
  (r) =>
    isStringList(r[field]) ? undefined : `${field} is not a list`;
const oneOf =
  (field: string, values: readonly string[]): Check =>
  (r) =>
    isString(r[field]) && isOneOf(values, r[field]) ? undefined : `${field} is not one of ${values.join(', ')}`;
const origin: Check = (r) => (isOrigin(r.origin) ? undefined : 'origin is not a dataset');

const CELL: Check[] = [
  text('id'),
  text('name'),
  oneOf('level', CELL_LEVELS),
  oneOf('status', CELL_STATUSES),
  list('municipalities'),
  list('mobileTeamSupport'),
  list('unplaced'),
  origin,
  ...['zone', 'establishedOn', 'updatedOn', 'sourceDate', 'note'].map(optional),
  link('website'),
  link('sourceUrl'),
];

const INITIATIVE: Check[] = [
  text('id'),
  (r) => (isText(r.title) && Object.keys(r.title as object).length > 0 ? undefined : 'title is missing'),
  (r) => (isText(r.description) ? undefined : 'description is not text'),
  oneOf('theme', THEMES),
  list('municipalities'),
  list('unplaced'),
  origin,
  (r) => (r.startYear === undefined || Number.isInteger(r.startYear) ? undefined : 'startYear is not a year'),
  ...['targetGroup', 'organisation', 'source', 'sourceDate'].map(optional),
  link('url'),
  link('sourceUrl'),
];

export type Checked<T> = { ok: true; rows: T[] } | { ok: false; reason: string };

function checkAll<T>(rows: unknown, checks: Check[], label: string): Checked<T> {
  if (!Array.isArray(rows)) return { ok: false, reason: `the ${label} are not a list` };
  for (const [i, row] of rows.entries()) {
    if (typeof row !== 'object' || row === null) return { ok: false, reason: `${label} row ${i + 1} is not a record` };
    for (const check of checks) {
      const problem = check(row as Record<string, unknown>);
      if (problem) return { ok: false, reason: `${label} row ${i + 1}: ${problem}` };
    }
  }
  return { ok: true, rows: rows as T[] };
}

export const checkCells = (rows: unknown) => checkAll<Cell>(rows, CELL, 'cells');
export const checkInitiatives = (rows: unknown) => checkAll<Initiative>(rows, INITIATIVE, 'initiatives');
