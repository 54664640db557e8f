import type { Cell, Initiative } from './types.ts';

/**
 * The register's snapshot is the public facts followed by its approved statements, whose ids it
 * writes `reg-<declaration>`: the atlas marks those rows "register" and leaves the others "public".
 */
export const REGISTER_ID_PREFIX = 'reg-';

export const withRegisterOrigin = <T extends Cell | Initiative>(rows: T[]): T[] =>
  rows.map((row) => (row.id.startsWith(REGISTER_ID_PREFIX) ? { ...row, origin: 'register' } : row));

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
