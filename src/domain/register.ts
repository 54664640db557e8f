import type { Cell, Initiative, Language } from './types.ts';
import type { ReviewState } from './vocabulary.ts';

/**
 * The register's snapshot is the public facts followed by its approved statements, whose ids it
 * writes `reg-<declaration>`: the atlas marks those rows "register" and leaves the others "public".
 */
export const REGISTER_ID_PREFIX = 'reg-';

/**
 * The English sentence registers before issue 24 wrote into an approved statement's note; the
 * atlas now says it itself, in the reader's language, from the row's origin and date.
 */
const LEGACY_PROVENANCE = /^Declared by the municipality, approved on \d{4}-\d{2}-\d{2}\.\s*/;

const fromRegister = <T extends Cell | Initiative>(row: T): T => {
  const note = 'note' in row && row.note ? row.note.replace(LEGACY_PROVENANCE, '') : undefined;
  return { ...row, origin: 'register', ...(note !== undefined ? { note: note || undefined } : {}) };
};

export const withRegisterOrigin = <T extends Cell | Initiative>(rows: T[]): T[] =>
  rows.map((row) => (row.id.startsWith(REGISTER_ID_PREFIX) ? fromRegister(row) : row));

/** A declaration as an editor sends it to the register (server/schemas.ts gives its shape). */
export interface DeclarationInput {
  nis: string;
  status: string;
  level: string;
  members?: string[];
  established_on?: string;
  source_url?: string;
  note?: string;
}

/** An initiative as an editor declares it (server/routes/initiatives.ts, initiativeSchema, gives its shape). */
export interface InitiativeInput {
  municipalities: string[];
  /** The language of the title and the summary as written. */
  language: Language;
  title: string;
  theme: string;
  summary?: string;
  organisation?: string;
  /** The start year. */
  since?: string;
  source_url?: string;
  source_date?: string;
  /** Optional translations of the summary. */
  translations?: Partial<Record<Language, string>>;
}

export type InitiativeState = 'pending' | 'approved' | 'rejected' | 'archived';

/** A declared initiative as the register lists it: one initiatives row of the import schema, column → value. */
export interface InitiativeDeclaration {
  id: number;
  municipalities: string[];
  state: InitiativeState;
  initiative: Record<string, string | undefined>;
  reviewState: ReviewState | null;
  /** The day (YYYY-MM-DD) it was approved or last confirmed "still running". */
  confirmedOn: string | null;
  reason: string | null;
}
