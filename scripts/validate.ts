/**
 * npm run validate -- file.csv [more.csv] [--json]
 * Checks LIVC-R cells and initiatives files with the same code as the app's import, prints the
 * report, and exits with 1 if any row was rejected or a file could not be read at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createImportContext } from '../src/data/import/context.ts';
import { importCsv } from '../src/data/import/index.ts';
import { formatProblem, summary } from '../src/data/import/report.ts';
import type { Lookup } from '../src/domain/atlas.ts';
import { outputDir } from './lib/paths.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length === 0) {
  console.error('Usage: npm run validate -- file.csv [more.csv] [--json]');
  process.exit(2);
}
const lookupPath = resolve(outputDir(), 'lookup.json');
if (!existsSync(lookupPath)) {
  console.error(`${lookupPath} is missing: run "npm run data" first.`);
  process.exit(2);
}
const context = createImportContext(JSON.parse(readFileSync(lookupPath, 'utf8')) as Lookup);

let failed = false;
const reports = files.map((file) => {
  if (!existsSync(file)) {
    failed = true;
    return { fileName: file, fatal: 'file not found' };
  }
  const { report } = importCsv(new Uint8Array(readFileSync(file)), basename(file), context);
  if (report.fatal || report.rejected > 0) failed = true;
  const { rejectedRows: _rows, ...printable } = report;
  if (!json) {
    console.log(
      `${file}: ${report.kind ?? 'unknown kind'}, ${report.encoding ?? '?'}, delimiter ${JSON.stringify(report.delimiter ?? '?')}`,
    );
    console.log(`  ${summary(report)}`);
    if (report.ignoredColumns.length > 0) console.log(`  Ignored columns: ${report.ignoredColumns.join(', ')}`);
    for (const problem of report.problems) console.log(`  ${formatProblem(problem)}`);
  }
  return printable;
});
if (json) console.log(JSON.stringify(reports, null, 2));
process.exit(failed ? 1 : 0);
