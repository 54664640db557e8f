import { describe, expect, it } from 'vitest';
import { findBrokenLines, normalizeLineEndings } from '../../src/data/import/lines.ts';
import { counts, run, utf8 } from './fixtures/import.ts';

const HEADER = 'cell_id;name;level;municipalities;status';
const row = (i: number) => `C-${i};Cell ${i};municipal;${['Namur', 'Dinant', 'Liège', '21004'][i % 4]};active`;

describe('import: recovery from a broken quote', () => {
  it('a 1,000-row file with a quote that never closes on row 3 imports 999 rows and names the row', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => row(i + 1));
    lines[1] = 'C-2;"Cell 2 broken;municipal;Namur;active';
    const result = run(utf8([HEADER, ...lines].join('\r\n')), 'cells-1000.csv');
    expect(counts(result)).toEqual({ kind: 'cells', total: 1000, imported: 999, rejected: 1, unplaced: 0 });
    const errors = result.report.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'name',
        code: 'unterminated_quote',
        value: '"Cell 2 broken;municipal;Namur;active',
      }),
    ]);
    expect(result.report.rejectedRows[1]).toEqual(['C-2', '"Cell 2 broken', 'municipal', 'Namur', 'active']);
  });

  it('a stray quote that closes lines later, in a record of the wrong width, costs only its own line', () => {
    const text = [
      HEADER,
      row(1),
      'C-2;"Cell 2;municipal;Namur;active',
      row(3),
      'C-4;"Cell, 4";municipal;Dinant;active',
      row(5),
    ];
    const result = run(utf8(text.join('\n')));
    expect(counts(result)).toEqual({ kind: 'cells', total: 5, imported: 4, rejected: 1, unplaced: 0 });
    if (result.kind !== 'cells') throw new Error('cells expected');
    expect(result.cells.map((c) => c.name)).toEqual(['Cell 1', 'Cell 3', 'Cell, 4', 'Cell 5']);
  });

  it('keeps a quoted value that spans lines, as Excel writes it', () => {
    const text = [HEADER, 'C-1;"Cell one\nsecond line";municipal;Namur;active', row(2)].join('\r\n');
    const result = run(utf8(text));
    expect(counts(result)).toEqual({ kind: 'cells', total: 2, imported: 2, rejected: 0, unplaced: 0 });
    if (result.kind !== 'cells') throw new Error('cells expected');
    expect(result.cells[0]?.name).toBe('Cell one\nsecond line');
  });

  it('a quote at the very end of the file costs its line only', () => {
    const result = run(utf8([HEADER, row(1), row(2), 'C-3;"Cell 3;municipal;Namur;active'].join('\n')));
    expect(counts(result)).toEqual({ kind: 'cells', total: 3, imported: 2, rejected: 1, unplaced: 0 });
  });

  it('finds no broken line in a file without quotes, and escaped quotes are not openings', () => {
    expect(findBrokenLines('a;b\n1;2\n', ';')).toEqual([]);
    expect(findBrokenLines('a;b\n"x ""y"" z";2\n3;"4"\n', ';')).toEqual([]);
  });
});

describe('import: line endings and German column names', () => {
  it('a file that mixes CRLF, LF and CR imports every row', () => {
    const endings = ['\r\n', '\n', '\r'];
    const body = Array.from({ length: 334 }, (_, i) => `${row(i + 1)}${endings[i % 3]}`).join('');
    const result = run(utf8(`${HEADER}\r\n${body}`));
    expect(counts(result)).toEqual({ kind: 'cells', total: 334, imported: 334, rejected: 0, unplaced: 0 });
    expect(normalizeLineEndings('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('reads German headers for cells and initiatives', () => {
    const cells = run(
      utf8(
        'Zellen-ID;Name;Ebene;Gemeinden;Status;Gegründet am;Webseite\nz1;Zelle Eupen;kommunal;Eupen;aktiv;2019-05-01;https://eupen.be\n',
      ),
    );
    expect(cells.report.ignoredColumns).toEqual([]);
    expect(cells.report.kind).toBe('cells');
    const initiatives = run(
      utf8(
        'Initiative_ID;Titel_DE;Beschreibung_DE;Gemeinden;Thema;Zielgruppe;Träger;Startjahr;Quelle\ni1;Projekt;Text;Eupen;education;Jugend;Stadt;2020;Presse\n',
      ),
    );
    expect(initiatives.report.ignoredColumns).toEqual([]);
    expect(initiatives.report.kind).toBe('initiatives');
    expect(initiatives.report.imported).toBe(1);
  });
});
