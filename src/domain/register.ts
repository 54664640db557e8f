import type { Cell, Initiative } from './types.ts';

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
