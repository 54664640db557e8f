import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { run } from './fixtures/import.ts';

/** The templates the import panel offers, one pair per language, named in it (firstUse.templates). */
const templates = LANGUAGES.flatMap((language) => {
  const names = RESOURCES[language].translation.firstUse.templates;
  return [`${names.cells}.csv`, `${names.initiatives}.csv`].map((file) => ({ language, file }));
});

describe('the import templates', () => {
  it.each(templates)('$file ($language) imports without a problem, every row an example', ({ file }) => {
    const result = run(new Uint8Array(readFileSync(resolve('public/templates', file))), file);
    expect(result.report.problems).toEqual([]);
    expect(result.report.rejected).toBe(0);
    const rows = result.kind === 'cells' ? result.cells : result.kind === 'initiatives' ? result.initiatives : [];
    expect(rows.length).toBeGreaterThan(1);
    // Imported unchanged, the template's rows are the examples dataset, never data of one's own.
    for (const row of rows) expect(row.origin, file).toBe('examples');
  });

  it('writes each language’s samples in that language', () => {
    const marks = { nl: 'VOORBEELD', fr: 'EXEMPLE', de: 'BEISPIEL', en: 'EXAMPLE' } as const;
    for (const { language, file } of templates) {
      const text = readFileSync(resolve('public/templates', file), 'utf8');
      const rows = text.trim().split('\n').slice(1);
      for (const row of rows) expect(row.startsWith(`${marks[language]}-`), `${file}: ${row}`).toBe(true);
    }
  });
});
