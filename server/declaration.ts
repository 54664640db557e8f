import type { DeclarationInput } from '../src/contract/declarations.ts';
import type { CellField } from '../src/data/import/columns.ts';
import type { ImportContext } from '../src/data/import/context.ts';
import { toCell } from '../src/data/import/records.ts';
import { RowProblems } from '../src/data/import/rows.ts';
import { REGISTER_ID_PREFIX } from '../src/domain/register.ts';
import type { Cell } from '../src/domain/types.ts';

export type { DeclarationInput };

/** One row of the cells file, column → value: what is stored, and what the snapshot prints. */
export type CellRow = Partial<Record<CellField, string>>;

export type Checked = { ok: true; row: CellRow } | { ok: false; field: string; code: string; value: string };

/**
 * A declaration is one cells row of the import schema, checked by the import's own toCell: the
 * same vocabularies, dates, http(s)-only URLs and municipality resolution as a file. Where a file
 * would only get a warning (an unknown NIS code, a javascript: URL), a declaration is refused.
 */
export function checkDeclaration(input: DeclarationInput, context: ImportContext): Checked {
  const members = [input.nis, ...(input.members ?? []).filter((nis) => nis !== input.nis)];
  const names = members.map((nis) => context.municipality.get(nis)?.names.nl ?? nis);
  const given: CellRow = {
    cell_id: 'pending',
    name: `LIVC-R ${names.join(', ')}`,
    level: input.level,
    municipalities: members.join('|'),
    status: input.status,
    established_on: input.established_on ?? '',
    source_url: input.source_url ?? '',
    note: input.note ?? '',
  };
  const problems = new RowProblems(1);
  const cell = toCell((field) => (given[field as CellField] ?? '').trim(), context, problems, 'register');
  const [problem] = problems.list;
  if (problem || !cell) {
    const column = problem?.column ?? 'body';
    // The import names the cells column; the body names the declaring municipality apart.
    const field = column === 'municipalities' ? (problem?.value === input.nis ? 'nis' : 'members') : column;
    return { ok: false, field, code: problem?.code ?? 'invalid', value: problem?.value ?? '' };
  }
  return { ok: true, row: rowOf(cell, input.note ?? '') };
}

/** The canonical row of a checked cell: vocabulary words and dates as the import normalised them. */
function rowOf(cell: Cell, note: string): CellRow {
  return {
    name: cell.name,
    level: cell.level,
    municipalities: cell.municipalities.join('|'),
    status: cell.status,
    established_on: cell.establishedOn ?? '',
    source_url: cell.sourceUrl ?? '',
    // Verbatim: the import trims, and a note is stored as the editor wrote it.
    note,
  };
}

/**
 * The statement an approval publishes: the declared row, dated by the approval. Its kind is in its
 * id (`reg-`: declared by the municipality, approved by a moderator) and its date in updated_on
 * and source_date: the atlas says "declared by the municipality, approved on …" in the reader's
 * language, and the note stays the editor's own words.
 */
export function publishedRow(declared: CellRow, declarationId: number, approvedOn: string): CellRow {
  return {
    ...declared,
    cell_id: `${REGISTER_ID_PREFIX}${declarationId}`,
    updated_on: approvedOn,
    source_date: approvedOn,
  };
}
