/**
 * npm run validate -- file.csv [more.csv] [--json] [--lang nl|fr|de|en]
 * Checks LIVC-R cells and initiatives files with the same code as the app's import, prints the
 * report in the chosen language, and exits with 1 if any row was rejected or a file could not
 * be read at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createImportContext } from '../src/data/import/context.ts';
import { importCsv } from '../src/data/import/index.ts';
import { type Fatal, fatalText, type ImportReport, problemText } from '../src/data/import/report.ts';
import type { Lookup } from '../src/domain/atlas.ts';
import { isLanguage } from '../src/i18n/languages.ts';
import { createTranslator } from '../src/i18n/translator.ts';
import { outputDir } from './lib/paths.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : 'en';
const files = args.filter((a, i) => a !== '--json' && i !== langAt && i !== langAt + 1);
if (files.length === 0 || !isLanguage(lang)) {
  console.error('Usage: npm run validate -- file.csv [more.csv] [--json] [--lang nl|fr|de|en]');
  process.exit(2);
}
const t = createTranslator(lang);
const lookupPath = resolve(outputDir(), 'lookup.json');
if (!existsSync(lookupPath)) {
  console.error(`${lookupPath} is missing: run "npm run data" first.`);
  process.exit(2);
}
const context = createImportContext(JSON.parse(readFileSync(lookupPath, 'utf8')) as Lookup);

function print(file: string, report: ImportReport) {
  if (report.fatal) {
    console.log(`${file}: ${t('import.nothing', { file })} ${fatalText(t, report.fatal)}`);
    return;
  }
  const kind = report.kind ? t(`import.kind.${report.kind}`) : '?';
  console.log(`${file}: ${kind}, ${report.encoding ?? '?'}, ${JSON.stringify(report.delimiter ?? '?')}`);
  console.log(`  ${t('import.summary', { count: report.imported, total: report.totalRows })}`);
  if (report.ignoredColumns.length > 0)
    console.log(`  ${t('import.ignored', { list: report.ignoredColumns.join(', ') })}`);
  for (const p of report.problems) {
    const value = p.value.length > 60 ? `${p.value.slice(0, 57)}...` : p.value;
    const where = `${t('import.row')} ${p.row}, ${t('import.column')} ${p.column}`;
    console.log(`  ${where}: ${t(`import.${p.severity}`)}: ${problemText(t, p)}${value ? ` ("${value}")` : ''}`);
  }
}

let failed = false;
const reports = files.map((file) => {
  if (!existsSync(file)) {
    failed = true;
    const fatal: Fatal = { code: 'not_found' };
    if (!json) console.log(`${file}: ${fatalText(t, fatal)}`);
    return { fileName: file, fatal, message: fatalText(t, fatal) };
  }
  const { report } = importCsv(new Uint8Array(readFileSync(file)), basename(file), context);
  if (report.fatal || report.rejected > 0) failed = true;
  const { rejectedRows: _rows, ...printable } = report;
  if (!json) print(file, report);
  return {
    ...printable,
    ...(report.fatal ? { message: fatalText(t, report.fatal) } : {}),
    problems: report.problems.map((p) => ({ ...p, message: problemText(t, p) })),
  };
});
if (json) console.log(JSON.stringify(reports, null, 2));
process.exit(failed ? 1 : 0);
