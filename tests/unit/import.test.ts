import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeCell, toCsv } from '../../src/data/csvWrite.ts';
import { type Fatal, fatalText } from '../../src/data/import/report.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { counts, run, utf8, utf16le, windows1252 } from './fixtures/import.ts';

const CELLS = 'cell_id,name,level,municipalities,police_zone,status,established_on,website';
const en = createTranslator('en');

describe('import: delimiters and encodings', () => {
  it('reads comma-separated UTF-8', () => {
    const result = run(utf8(`${CELLS}\nc1,Cel A,municipal,62063,,active,2018-03-01,\nc2,Cel B,zonal,,5345,active,,\n`));
    expect(counts(result)).toEqual({ kind: 'cells', total: 2, imported: 2, rejected: 0, unplaced: 0 });
    expect(result.report).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    if (result.kind !== 'cells') throw new Error('cells expected');
    expect(result.cells[1]?.municipalities).toContain('11002'); // zonal cell covers PZ Antwerpen
  });

  it('reads semicolon-separated Windows-1252 from Excel, with accented names', () => {
    const text =
      'cell_id;name;level;gemeenten;status;opgericht_op\r\nc1;CSIL-R Liège;communal;Liège;actif;15/03/2019\r\nc2;Cel Sint-Genesius-Rode;gemeentelijk;Sint-Genesius-Rode;in voorbereiding;\r\n';
    const result = run(windows1252(text));
    expect(counts(result)).toEqual({ kind: 'cells', total: 2, imported: 2, rejected: 0, unplaced: 0 });
    expect(result.report).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    if (result.kind !== 'cells') throw new Error('cells expected');
    expect(result.cells[0]).toMatchObject({
      name: 'CSIL-R Liège',
      municipalities: ['62063'],
      establishedOn: '2019-03-15',
    });
  });

  it('reads tab-separated UTF-8 with a BOM, and UTF-16 from Excel "Unicode text"', () => {
    const text = 'cell_id\tname\tlevel\tmunicipalities\tstatus\nc1\tA\tmunicipal\tNamur\tactive\n';
    expect(counts(run(utf8(`\uFEFF${text}`)))).toEqual({
      kind: 'cells',
      total: 1,
      imported: 1,
      rejected: 0,
      unplaced: 0,
    });
    expect(run(utf8(`\uFEFF${text}`)).report.encoding).toBe('utf-8-bom');
    const unicode = run(utf16le(text));
    expect(unicode.report).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', imported: 1 });
  });
});

describe('import: dates', () => {
  it('reads ISO and DD/MM/YYYY, and warns on an impossible date without dropping the row', () => {
    const result = run(
      utf8(
        `${CELLS}\nc1,A,municipal,Namur,,active,2018-03-01,\nc2,B,municipal,Dinant,,active,01/02/2017,\nc3,C,municipal,Ciney,,active,31/02/2020,\n`,
      ),
    );
    expect(counts(result)).toEqual({ kind: 'cells', total: 3, imported: 3, rejected: 0, unplaced: 0 });
    if (result.kind !== 'cells') throw new Error('cells expected');
    expect(result.cells.map((c) => c.establishedOn)).toEqual(['2018-03-01', '2017-02-01', undefined]);
    expect(result.report.problems).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'established_on',
        value: '31/02/2020',
        severity: 'warning',
        code: 'invalid_partial_date',
      }),
    ]);
  });
});

describe('import: municipalities by code and name', () => {
  it('maps old codes and former names to 2025 municipalities with a warning, and keeps the unknown as unplaced', () => {
    const result = run(
      utf8(
        `${CELLS}\nc1,A,municipal,54007,,active,,\nc2,B,municipal,Borsbeek,,active,,\nc3,C,municipal,Atlantis,,active,,\nc4,D,intermunicipal,Lüttich|99999,,active,,\n`,
      ),
    );
    expect(counts(result)).toEqual({ kind: 'cells', total: 4, imported: 4, rejected: 0, unplaced: 2 });
    if (result.kind !== 'cells') throw new Error('cells expected');
    expect(result.cells.map((c) => c.municipalities)).toEqual([['57096'], ['11002'], [], ['62063']]);
    expect(result.cells[3]?.unplaced).toEqual(['99999']);
    expect(result.report.problems.map((p) => [p.row, p.code, p.value])).toEqual([
      [2, 'old_code', '54007'],
      [3, 'old_code', 'Borsbeek'],
      [4, 'unplaced', 'Atlantis'],
      [5, 'unplaced', '99999'],
    ]);
  });

  it('places a code or name of 2019–2024 on its own land when the statement is dated before 2025', () => {
    const result = run(
      utf8(
        `${CELLS}\nc1,A,municipal,23023,,active,2019-06-21,\nc2,B,municipal,Borsbeek,,active,2024,\nc3,C,municipal,23023,,active,2025-02-01,\nc4,D,municipal,23023,,active,,\n`,
      ),
    );
    if (result.kind !== 'cells') throw new Error('cells expected');
    // Before 2025: the merged municipality, and the part named as the land (src/domain/land.ts), no warning.
    expect(result.cells.map((c) => [c.municipalities, c.parts])).toEqual([
      [['23106'], ['23023']],
      [['11002'], ['11007']],
      [['23106'], undefined],
      [['23106'], undefined],
    ]);
    // From 2025 or undated: the merged municipality, with the warning of an old code.
    expect(result.report.problems.map((p) => [p.row, p.code, p.value])).toEqual([
      [4, 'old_code', '23023'],
      [5, 'old_code', '23023'],
    ]);
  });

  it('keeps a zonal cell with an unknown zone as unplaced', () => {
    const result = run(utf8(`${CELLS}\nc1,A,zonal,,9999,active,,\n`));
    expect(counts(result)).toEqual({ kind: 'cells', total: 1, imported: 1, rejected: 0, unplaced: 1 });
  });
});

describe('import: broken rows and files', () => {
  it('rejects a duplicate id and keeps the first', () => {
    const result = run(utf8(`${CELLS}\nc1,A,municipal,Namur,,active,,\nc1,B,municipal,Dinant,,active,,\n`));
    expect(counts(result)).toEqual({ kind: 'cells', total: 2, imported: 1, rejected: 1, unplaced: 0 });
    expect(result.report.problems[0]).toMatchObject({
      row: 3,
      column: 'cell_id',
      code: 'duplicate_id',
      severity: 'error',
    });
    expect(result.report.rejectedRows).toEqual([
      CELLS.split(','),
      ['c1', 'B', 'municipal', 'Dinant', '', 'active', '', ''],
    ]);
  });

  it('refuses a file with a required column missing', () => {
    const result = run(utf8('cell_id,name,municipalities,status\nc1,A,Namur,active\n'));
    expect(counts(result)).toEqual({ kind: 'none', total: 1, imported: 0, rejected: 0, unplaced: 0 });
    expect(result.report.fatal).toEqual({ code: 'missing_columns', params: { list: 'level', count: 1 } });
    expect(fatalText(en, result.report.fatal as Fatal)).toBe('Missing required column: level.');
  });

  it('rejects rows with an empty required value, an unknown level or too many fields', () => {
    const result = run(
      utf8(
        `${CELLS}\nc1,,municipal,Namur,,active,,\nc2,B,regional,Namur,,active,,\nc3,C,municipal,Namur,,active,,,surplus\nc4,D,municipal,Namur,,active,,\n`,
      ),
    );
    expect(counts(result)).toEqual({ kind: 'cells', total: 4, imported: 1, rejected: 3, unplaced: 0 });
    expect(result.report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'name', 'required'],
      [3, 'level', 'invalid_level'],
      [4, '(column 9)', 'field_count'],
    ]);
  });

  it('rejects only the row where an unterminated quote opens, and reads on', () => {
    const result = run(
      utf8(
        `${CELLS}\nc1,A,municipal,Namur,,active,,\nc2,"B,municipal,Dinant,,active,,\nc3,C,municipal,Ciney,,active,,\n`,
      ),
    );
    expect(counts(result)).toEqual({ kind: 'cells', total: 3, imported: 2, rejected: 1, unplaced: 0 });
    expect(result.report.problems.some((p) => p.code === 'unterminated_quote' && p.row === 3)).toBe(true);
  });

  it('rejects a very long field', () => {
    const long = 'x'.repeat(20_000);
    const result = run(utf8(`${CELLS}\nc1,${long},municipal,Namur,,active,,\nc2,B,municipal,Namur,,active,,\n`));
    expect(counts(result)).toEqual({ kind: 'cells', total: 2, imported: 1, rejected: 1, unplaced: 0 });
    expect(result.report.problems[0]).toMatchObject({ row: 2, column: 'name', code: 'too_long' });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'The file is empty.'],
    [
      'a binary file',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
      'The file holds binary data, not text. Choose a CSV file.',
    ],
    ['an Excel workbook', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'This is a spreadsheet workbook, not CSV.'],
    ['a header-only file', utf8(`${CELLS}\n`), 'The file has a header but no data rows.'],
    ['a file of unknown kind', utf8('a,b\n1,2\n'), 'Cannot tell which file this is'],
  ])('refuses %s with a clear message', (_name, bytes, message) => {
    const result = run(bytes);
    expect(result.kind).toBe('none');
    expect(fatalText(en, result.report.fatal as Fatal)).toContain(message);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = run(new Uint8Array(40_000_001));
    expect(fatalText(en, result.report.fatal as Fatal)).toBe(
      'The file is 40.0 MB; the limit is 40.0 MB. Split it into smaller files.',
    );
  });
});

describe('import: hostile strings', () => {
  it('keeps markup and formulas as plain text and refuses javascript: links', () => {
    const xss = '<img src=x onerror=alert(1)>';
    const result = run(
      utf8(
        `${CELLS}\nc1,"${xss}",municipal,Namur,,active,,javascript:alert(1)\nc2,"=HYPERLINK(""http://evil"";""x"")",municipal,Namur,,active,,https://example.org/a\n`,
      ),
    );
    expect(counts(result)).toEqual({ kind: 'cells', total: 2, imported: 2, rejected: 0, unplaced: 0 });
    if (result.kind !== 'cells') throw new Error('cells expected');
    expect(result.cells[0]?.name).toBe(xss);
    expect(result.cells[0]?.website).toBeUndefined();
    expect(result.cells[1]).toMatchObject({ name: '=HYPERLINK("http://evil";"x")', website: 'https://example.org/a' });
    expect(result.report.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'website', code: 'invalid_url' }),
    ]);
  });

  it('escapes formula cells in every CSV it writes', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(escapeCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(toCsv(['a', 'b'], [['=1+2', 'plain']])).toBe("a,b\r\n'=1+2,plain\r\n");
  });
});

describe('import: initiatives', () => {
  it('reads Dutch and French headers and checks titles and themes', () => {
    const header = 'Initiatief_ID;Titel_NL;titre_fr;Gemeente(n);Thema;Startjaar;Lien;Contactpersoon';
    const rows = [
      'i1;Buurtverbinders;;Aalst;social_cohesion;2019;https://example.org;',
      'i2;;;Aalst;education;2019;;',
      'i3;Iets;;Aalst;knitting;2019;;',
      'i4;;Éducation aux médias;Dison;Media_Literacy;20x9;;',
    ];
    const result = run(windows1252(`${header}\r\n${rows.join('\r\n')}\r\n`));
    expect(counts(result)).toEqual({ kind: 'initiatives', total: 4, imported: 2, rejected: 2, unplaced: 0 });
    expect(result.report.ignoredColumns).toEqual(['Contactpersoon']);
    if (result.kind !== 'initiatives') throw new Error('initiatives expected');
    expect(result.initiatives[1]).toMatchObject({
      title: { fr: 'Éducation aux médias' },
      theme: 'media_literacy',
      municipalities: ['63020'],
    });
    expect(result.report.problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [3, 'title_nl', 'error'],
      [4, 'theme', 'error'],
      [5, 'start_year', 'warning'],
    ]);
  });

  it('places one started before 2025 in a former municipality on its own land, with no warning', () => {
    const header = 'initiative_id,title_nl,municipalities,theme,start_year';
    const rows = ['i1,A,73040,education,2018', 'i2,B,Kortessem,education,2025', 'i3,C,73040,education,'];
    const result = run(utf8(`${header}\n${rows.join('\n')}\n`));
    if (result.kind !== 'initiatives') throw new Error('initiatives expected');
    expect(result.initiatives.map((i) => [i.municipalities, i.parts])).toEqual([
      [['71072'], ['73040']],
      [['71072'], undefined],
      [['71072'], undefined],
    ]);
    expect(result.report.problems.map((p) => [p.row, p.code, p.value])).toEqual([
      [3, 'old_code', 'Kortessem'],
      [4, 'old_code', '73040'],
    ]);
  });
});

describe('import: provenance', () => {
  const header = 'cell_id,name,level,municipalities,status,established_on,source_url,source_date,note';

  it("keeps each row's source, date and dataset; dates as precise as the source", () => {
    const result = run(
      utf8(`${header}\nc1,A,municipal,Bonheiden,active,2018,https://www.bonheiden.be/livc-r,2019-06,Own page\n`),
      'mine.csv',
    );
    if (result.kind !== 'cells') throw new Error('cells expected');
    expect(result.cells[0]).toMatchObject({
      establishedOn: '2018',
      sourceUrl: 'https://www.bonheiden.be/livc-r',
      sourceDate: '2019-06',
      note: 'Own page',
      origin: 'file:mine.csv',
    });
  });

  it('refuses a source_url that is not http(s), names the row, and keeps the row without a link', () => {
    const result = run(utf8(`${header}\nc1,A,municipal,Gent,none,,javascript:alert(1),28/08/2017,\n`));
    if (result.kind !== 'cells') throw new Error('cells expected');
    expect(result.cells[0]?.sourceUrl).toBeUndefined();
    expect(result.cells[0]?.sourceDate).toBe('2017-08-28');
    expect(result.report.problems).toContainEqual(
      expect.objectContaining({ row: 2, column: 'source_url', code: 'invalid_url', value: 'javascript:alert(1)' }),
    );
  });

  it('reads the templates the app offers without a problem', () => {
    for (const file of ['cells-template.csv', 'initiatives-template.csv']) {
      const result = run(new Uint8Array(readFileSync(resolve('public/templates', file))), file);
      expect(result.report.problems.filter((p) => p.code !== 'old_code')).toEqual([]);
      expect(result.report.rejected).toBe(0);
    }
  });
});
