import type { BulkProblem } from '../src/contract/invitations.ts';
import { EMAIL } from '../src/contract/vocabulary.ts';
import { type ImportContext, resolveMunicipality } from '../src/data/import/context.ts';
import { parseTable } from '../src/data/import/table.ts';
import type { InvitationSpec } from './invite.ts';
import { areaLanguage } from './mail/language.ts';
import { isMailLanguage } from './mail/texts/index.ts';
import { MAY_INVITE, ROLES, type Role } from './roles.ts';

export interface BulkChecked {
  specs: (InvitationSpec & { row: number; email: string })[];
  problems: BulkProblem[];
  /** Nothing could be read: no header, or a required column missing. */
  fatal?: { code: 'no_rows' | 'missing_columns'; list?: string };
}

/** Header names accepted for each column, in any case: English, and the words the users write. */
const COLUMNS = {
  municipality: ['municipality', 'municipalities', 'nis', 'gemeente', 'commune', 'gemeinde'],
  email: ['email', 'e-mail', 'mail'],
  language: ['language', 'lang', 'taal', 'langue', 'sprache'],
  role: ['role', 'rol', 'rôle', 'rolle'],
} as const;

export const normalizeEmail = (value: string) => value.trim().toLowerCase();

/**
 * Reads a bulk invitation CSV (municipality, email; optional language, role) the way the import
 * reads a file: same delimiters, same municipality resolution (NIS code or name in any language,
 * |-separated for several). Each row is refused with its reasons or becomes an invitation; the
 * language defaults to the municipality's language area. `known` says which e-mails have an
 * account and which a pending invitation.
 */
export function checkBulkInvitations(
  csv: string,
  context: ImportContext,
  inviter: Role,
  known: { accounts: Set<string>; invited: Set<string> },
): BulkChecked {
  const table = parseTable(csv);
  const header = table.header.map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, names]) => [
      key,
      header.findIndex((h) => (names as readonly string[]).includes(h)),
    ]),
  ) as Record<keyof typeof COLUMNS, number>;
  const missing = (['municipality', 'email'] as const).filter((key) => index[key] < 0);
  if (missing.length > 0)
    return { specs: [], problems: [], fatal: { code: 'missing_columns', list: missing.join(', ') } };
  if (table.rows.length === 0) return { specs: [], problems: [], fatal: { code: 'no_rows' } };

  const specs: BulkChecked['specs'] = [];
  const problems: BulkProblem[] = [];
  const firstRowOf = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const value = (key: keyof typeof COLUMNS) => (index[key] >= 0 ? (cells[index[key]] ?? '').trim() : '');
    const refuse = (column: string, code: string, given: string, params?: Record<string, string>) =>
      problems.push({ row, column, code, value: given, ...(params ? { params } : {}) });
    const before = problems.length;

    const municipalities: string[] = [];
    const references = value('municipality')
      .split(/[|;]/)
      .map((r) => r.trim())
      .filter(Boolean);
    const role = (value('role').toLowerCase() || 'editor') as Role;
    if (references.length === 0 && role === 'editor') refuse('municipality', 'required', '');
    for (const reference of references) {
      const found = resolveMunicipality(context, reference);
      if (found.kind === 'placed') {
        if (!municipalities.includes(found.nis)) municipalities.push(found.nis);
      } else if (found.kind === 'ambiguous') {
        const list = found.candidates.map((nis) => `${context.nameOf(nis)} (${nis})`).join(', ');
        refuse('municipality', 'ambiguous', reference, { list });
      } else {
        const suggestion = context.suggest(reference);
        refuse('municipality', suggestion ? 'unknown_municipality_suggestion' : 'unknown_municipality', reference, {
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }

    const email = normalizeEmail(value('email'));
    if (!email) refuse('email', 'required', '');
    else if (email.length > 254 || !EMAIL.test(email)) refuse('email', 'bad_email', value('email'));
    else if (known.accounts.has(email)) refuse('email', 'email_taken', email);
    else if (known.invited.has(email)) refuse('email', 'already_invited', email);
    else if (firstRowOf.has(email)) refuse('email', 'duplicate_email', email, { row: String(firstRowOf.get(email)) });
    if (email && !firstRowOf.has(email)) firstRowOf.set(email, row);

    const language = value('language').toLowerCase();
    if (language && !isMailLanguage(language)) refuse('language', 'unknown_language', value('language'));
    if (!(ROLES as readonly string[]).includes(role)) refuse('role', 'unknown_role', value('role'));
    else if (!MAY_INVITE[inviter].includes(role)) refuse('role', 'role_not_allowed', role);
    else if (role !== 'editor' && municipalities.length > 0) refuse('role', 'editors_only', role);

    if (problems.length > before) return;
    specs.push({
      row,
      email,
      role,
      municipalities: role === 'editor' ? municipalities : [],
      language: isMailLanguage(language) ? language : areaLanguage(context.municipality.get(municipalities[0] ?? '')),
    });
  });
  return { specs, problems };
}
