import type { InitiativeInput } from '../src/contract/initiatives.ts';
import type { InitiativeField } from '../src/data/import/columns.ts';
import type { ImportContext } from '../src/data/import/context.ts';
import { toInitiative } from '../src/data/import/records.ts';
import { RowProblems } from '../src/data/import/rows.ts';
import { REGISTER_ID_PREFIX } from '../src/domain/register.ts';
import type { Language } from '../src/domain/types.ts';
import type { ReviewState } from '../src/domain/vocabulary.ts';

/** One row of the initiatives file, column → value: what is stored, and what the snapshot prints. */
export type InitiativeRow = Partial<Record<InitiativeField, string>>;

/** An initiative as an editor declares it (its schema: src/contract/initiatives.ts). */
export type { InitiativeInput };

export type CheckedInitiative =
  | { ok: true; row: InitiativeRow }
  | { ok: false; field: string; code: string; value: string };

const LANGUAGES: Language[] = ['nl', 'fr', 'de', 'en'];

/**
 * A declared initiative is one initiatives row, checked by the import's own toInitiative (same
 * themes, years, dates and http(s)-only URLs as a file). A file would only be warned about a bad
 * value; a declaration is refused, naming the field.
 */
export function checkInitiative(input: InitiativeInput, context: ImportContext): CheckedInitiative {
  const given: InitiativeRow = {
    initiative_id: 'pending',
    [`title_${input.language}`]: input.title,
    municipalities: input.municipalities.join('|'),
    theme: input.theme,
    organisation: input.organisation ?? '',
    start_year: input.since ?? '',
    source_url: input.source_url ?? '',
    source_date: input.source_date ?? '',
  };
  if (input.summary) {
    given[`description_${input.language}`] = input.summary;
    given.description_language = input.language;
    for (const language of LANGUAGES) {
      const text = input.translations?.[language]?.trim();
      if (text && language !== input.language) given[`description_${language}`] = text;
    }
  }
  const problems = new RowProblems(1);
  const initiative = toInitiative(
    (field) => (given[field as InitiativeField] ?? '').trim(),
    context,
    problems,
    'register',
  );
  const [problem] = problems.list;
  if (problem || !initiative) {
    return {
      ok: false,
      field: problem?.column ?? 'body',
      code: problem?.code ?? 'invalid',
      value: problem?.value ?? '',
    };
  }
  return { ok: true, row: { ...given, municipalities: initiative.municipalities.join('|'), theme: initiative.theme } };
}

/** The row an approval publishes: its register id, review state, dates of confirmation and approval. */
export function publishedInitiative(
  declared: InitiativeRow,
  id: number,
  review: ReviewState,
  confirmedOn: string,
  approvedOn: string,
): InitiativeRow {
  return {
    ...declared,
    initiative_id: `${REGISTER_ID_PREFIX}i${id}`,
    review_state: review,
    confirmed_on: confirmedOn,
    updated_on: approvedOn,
  };
}
