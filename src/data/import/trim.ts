import type { ImportReport, Problem } from './report.ts';

/** The rows of one kind of problem the report shows when opened (see ImportReportView). */
export const SHOWN_PER_GROUP = 100;

/** How many problems there were, by severity and by kind, when the report carries fewer. */
export interface ProblemTotals {
  errors: number;
  warnings: number;
  /** By `groupKey`. */
  groups: Record<string, number>;
}

export const groupKey = (p: Problem) => `${p.severity}|${p.code}|${p.column}`;

/**
 * Keeps at most SHOWN_PER_GROUP problems of each kind in the report, and returns the totals if
 * any were left out. A file whose every row is rejected has hundreds of thousands of problems:
 * sent whole, receiving them is a long task on the main thread, for rows nobody reads there.
 */
export function trimProblems(report: ImportReport): ProblemTotals | undefined {
  const groups: Record<string, number> = {};
  let errors = 0;
  const kept: Problem[] = [];
  for (const problem of report.problems) {
    const key = groupKey(problem);
    const count = (groups[key] ?? 0) + 1;
    groups[key] = count;
    if (problem.severity === 'error') errors++;
    if (count <= SHOWN_PER_GROUP) kept.push(problem);
  }
  if (kept.length === report.problems.length) return undefined;
  const warnings = report.problems.length - errors;
  report.problems = kept;
  return { errors, warnings, groups };
}
