import type { Cell, Initiative } from './types.ts';

/**
 * The register's snapshot is the public facts followed by its approved statements, whose ids it
 * writes `reg-<declaration>`: the atlas marks those rows "register" and leaves the others "public".
 */
export const REGISTER_ID_PREFIX = 'reg-';

export const withRegisterOrigin = <T extends Cell | Initiative>(rows: T[]): T[] =>
  rows.map((row) => (row.id.startsWith(REGISTER_ID_PREFIX) ? { ...row, origin: 'register' } : row));
