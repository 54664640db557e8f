import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Fatal, fatalText, type Problem, problemText } from '../../src/data/import/report.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { run, utf8 } from './fixtures/import.ts';

const fr = createTranslator('fr');
const en = createTranslator('en');
const cells = (rows: string) => run(utf8(`cell_id,name,level,municipalities,status\n${rows}`));
const problemsOf = (rows: string) => cells(rows).report.problems;

describe("import problems in the user's language", () => {
  it('says in French which column is missing, and reads French headers', () => {
    const result = run(utf8('identifiant,nom,communes,statut\nc1,A,Namur,actif\n'));
    expect(fatalText(fr, result.report.fatal as Fatal)).toBe('Colonne obligatoire manquante : level.');
    const french = run(utf8('identifiant;nom;niveau;communes;statut\nc1;A;communal;Namur;actif\n'));
    expect(french.report.imported).toBe(1);
  });

  it('uses plurals as the language does', () => {
    expect(fr('import.downloadRejected', { count: 1 })).toBe('Télécharger la ligne rejetée (CSV)');
    expect(fr('import.downloadRejected', { count: 3 })).toBe('Télécharger les 3 lignes rejetées (CSV)');
    expect(en('import.rowsCount', { count: 1 })).toBe('1 row');
    expect(fr('import.summary', { count: 1, total: 2 })).toBe('1 ligne importée sur 2');
  });

  it('reports a name two municipalities share as ambiguous, unless a postcode settles it', () => {
    const [problem] = problemsOf('c1,A,municipal,Saint-Nicolas,active\n');
    expect(problem).toMatchObject({ code: 'ambiguous', column: 'municipalities', value: 'Saint-Nicolas' });
    expect(problemText(en, problem as Problem)).toMatch(/^could mean .*46021.*62093/);
    const settled = run(
      utf8('cell_id,name,level,municipalities,postcode,status\nc1,A,municipal,Saint-Nicolas,4420,active\n'),
    );
    expect(settled.kind === 'cells' && settled.cells[0]?.municipalities).toEqual(['62093']);
    const byProvince = run(
      utf8('cell_id,name,level,municipalities,province,status\nc1,A,municipal,Saint-Nicolas,Oost-Vlaanderen,active\n'),
    );
    expect(byProvince.kind === 'cells' && byProvince.cells[0]?.municipalities).toEqual(['46021']);
  });

  it('suggests the known name nearest to a misspelt one', () => {
    const [problem] = problemsOf('c1,A,municipal,Vervier,active\n');
    expect(problem).toMatchObject({ code: 'unplaced_suggestion', params: { suggestion: 'Verviers' } });
    expect(problemText(fr, problem as Problem)).toContain('vouliez-vous dire Verviers ?');
    expect(problemsOf('c1,A,municipal,Atlantis,active\n')[0]?.code).toBe('unplaced');
  });

  it('reports in German from the command line with --lang de', () => {
    const dir = mkdtempSync(join(tmpdir(), 'livcr-'));
    const file = join(dir, 'cells.csv');
    writeFileSync(file, 'cell_id,name,municipalities,status\nc1,A,Namur,active\n');
    let output = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', file, '--lang', 'de'], {
        encoding: 'utf8',
      });
    } catch (error) {
      output = (error as { stdout: string }).stdout; // exits 1: nothing could be imported
    }
    expect(output).toContain('Pflichtspalte fehlt: level.');
  });
});
