import { type ImportContext, type PlaceHints, resolveMunicipality } from './context.ts';
import type { MessageParams, Problem, ProblemCode } from './report.ts';
import { splitList } from './values.ts';

export const MAX_FIELD_LENGTH = 10_000;

/** Collects the problems of one row; the row is rejected if any of them is an error. */
export class RowProblems {
  readonly list: Problem[] = [];
  constructor(readonly row: number) {}

  error(column: string, value: string, code: ProblemCode, params?: MessageParams) {
    this.list.push({ row: this.row, column, value, severity: 'error', code, ...(params ? { params } : {}) });
  }

  warn(column: string, value: string, code: ProblemCode, params?: MessageParams) {
    this.list.push({ row: this.row, column, value, severity: 'warning', code, ...(params ? { params } : {}) });
  }

  get hasError() {
    return this.list.some((p) => p.severity === 'error');
  }
}

/** Resolves a |-list of municipalities; what cannot be placed is kept in `unplaced`. */
export function resolveList(
  context: ImportContext,
  column: string,
  value: string,
  problems: RowProblems,
  hints: PlaceHints = {},
  /** A statement dated before 2025: a former municipality of a 2025 merger is its own land (land.ts). */
  before2025 = false,
) {
  const municipalities: string[] = [];
  const unplaced: string[] = [];
  const parts: string[] = [];
  for (const reference of splitList(value)) {
    const resolution = resolveMunicipality(context, reference, hints);
    const part = resolution.kind === 'placed' && resolution.oldCode ? context.partOf(reference) : undefined;
    if (resolution.kind === 'placed') {
      if (before2025 && part) {
        if (!parts.includes(part)) parts.push(part);
      } else if (resolution.oldCode) {
        problems.warn(column, reference, 'old_code', { name: context.nameOf(resolution.nis), nis: resolution.nis });
      }
      if (!municipalities.includes(resolution.nis)) municipalities.push(resolution.nis);
    } else if (resolution.kind === 'ambiguous') {
      unplaced.push(reference);
      const names = resolution.candidates.map((nis) => `${context.nameOf(nis)} (${nis})`).join(', ');
      problems.warn(column, reference, 'ambiguous', { list: names });
    } else {
      unplaced.push(reference);
      const suggestion = context.suggest(reference);
      if (suggestion) problems.warn(column, reference, 'unplaced_suggestion', { suggestion });
      else problems.warn(column, reference, 'unplaced');
    }
  }
  return { municipalities, unplaced, parts };
}
