import type { ImportContext } from './context.ts';
import { resolveMunicipality } from './context.ts';
import type { Problem, ProblemCode } from './report.ts';
import { splitList } from './values.ts';

export const MAX_FIELD_LENGTH = 10_000;

/** Collects the problems of one row; the row is rejected if any of them is an error. */
export class RowProblems {
  readonly list: Problem[] = [];
  constructor(readonly row: number) {}

  error(column: string, value: string, code: ProblemCode, reason: string) {
    this.list.push({ row: this.row, column, value, severity: 'error', code, reason });
  }

  warn(column: string, value: string, code: ProblemCode, reason: string) {
    this.list.push({ row: this.row, column, value, severity: 'warning', code, reason });
  }

  get hasError() {
    return this.list.some((p) => p.severity === 'error');
  }
}

/** Resolves a |-list of municipalities; what cannot be placed is kept in `unplaced`. */
export function resolveList(context: ImportContext, column: string, value: string, problems: RowProblems) {
  const municipalities: string[] = [];
  const unplaced: string[] = [];
  for (const reference of splitList(value)) {
    const resolution = resolveMunicipality(context, reference);
    if (resolution.kind === 'placed') {
      if (resolution.oldCode) {
        problems.warn(
          column,
          reference,
          'old_code',
          `former municipality, mapped to ${context.nameOf(resolution.nis)} (${resolution.nis})`,
        );
      }
      if (!municipalities.includes(resolution.nis)) municipalities.push(resolution.nis);
    } else if (resolution.kind === 'ambiguous') {
      unplaced.push(reference);
      const names = resolution.candidates.map((nis) => `${context.nameOf(nis)} (${nis})`).join(', ');
      problems.warn(column, reference, 'ambiguous', `could mean ${names}; use the NIS code. Kept as unplaced`);
    } else {
      unplaced.push(reference);
      problems.warn(column, reference, 'unplaced', 'no municipality has this name or code; kept as unplaced');
    }
  }
  return { municipalities, unplaced };
}
