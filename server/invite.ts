import type { AuditAction } from './audit.ts';
import { randomToken, tokenHash } from './auth/secrets.ts';
import type { Queryable } from './db/types.ts';
import type { Mail } from './mail/index.ts';
import type { Links } from './mail/links.ts';
import type { MailLanguage } from './mail/texts/index.ts';
import type { Role } from './roles.ts';

export const INVITATION_DAYS = 7;

export interface InvitationSpec {
  /** Addressed invitations are mailed; without an e-mail the link is only handed back. */
  email: string | null;
  role: Role;
  municipalities: string[];
  language: MailLanguage;
}

const expiry = () => new Date(Date.now() + INVITATION_DAYS * 86_400_000);

/**
 * Makes invitations, their audit rows and their mails, in the caller's transaction: one
 * statement for each table however many there are (a bulk invitation is one call). Returns each
 * invitation's id and its token, which only the answer and the mail ever see.
 */
export async function issueInvitations(
  tx: Queryable,
  mail: Mail,
  links: Links,
  actor: number,
  specs: readonly InvitationSpec[],
  action: AuditAction = 'invitation',
): Promise<{ id: number; token: string }[]> {
  if (specs.length === 0) return [];
  const tokens = specs.map(() => randomToken());
  const expires = expiry();
  const rows = await tx.query<{ id: number; token_hash: string }>(
    `INSERT INTO invitations (token_hash, role, municipalities, created_by, expires_at, email, language, sent_at)
     SELECT e->>'hash', e->>'role', e->'municipalities', $2, $3, e->>'email', e->>'language',
            CASE WHEN e->>'email' IS NULL THEN NULL ELSE now() END
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t (e, n) ORDER BY n
     RETURNING id, token_hash`,
    [JSON.stringify(specs.map((spec, i) => ({ ...spec, hash: tokenHash(tokens[i] ?? '') }))), actor, expires],
  );
  const idOf = new Map(rows.map((r) => [r.token_hash, r.id]));
  const issued = tokens.map((token) => ({ id: idOf.get(tokenHash(token)) ?? 0, token }));
  await tx.query(
    `INSERT INTO audit (actor, action, subject, detail)
     SELECT $2, $3, e->>'id', jsonb_build_object('role', e->'role', 'municipalities', e->'municipalities',
            'addressed', e->'addressed')
       FROM jsonb_array_elements($1::jsonb) AS t (e)`,
    [
      JSON.stringify(specs.map((s, i) => ({ ...s, id: String(issued[i]?.id), addressed: s.email !== null }))),
      actor,
      action,
    ],
  );
  await mail.queue(
    tx,
    specs.flatMap((spec, i) => {
      const token = tokens[i];
      if (!spec.email || !token) return [];
      return [
        mail.compose('invitation', spec.email, spec.language, `invitation:${tokenHash(token)}`, {
          municipalities: spec.municipalities,
          role: spec.role,
          expires,
          link: links.invitation(token),
        }),
      ];
    }),
  );
  return issued;
}

/**
 * A new token for an invitation not used and not revoked, valid for INVITATION_DAYS from now:
 * re-sending, renewing an expired one, and reminders. The old link stops working. Mailed when
 * the invitation has an e-mail. undefined when there is no such invitation.
 */
export async function reissueInvitation(
  tx: Queryable,
  mail: Mail,
  links: Links,
  id: number,
  kind: 'invitation' | 'invitation_reminder',
): Promise<{ token: string; email: string | null; wasExpired: boolean } | undefined> {
  const token = randomToken();
  const expires = expiry();
  const [row] = await tx.query<{
    email: string | null;
    language: string | null;
    role: Role;
    municipalities: string[];
    was_expired: boolean;
  }>(
    `UPDATE invitations i SET token_hash = $2, expires_at = $3, sent_at = now()
       FROM (SELECT id, expires_at <= now() AS was_expired FROM invitations WHERE id = $1 FOR UPDATE) old
      WHERE i.id = old.id AND i.accepted_at IS NULL AND i.revoked_at IS NULL
      RETURNING i.email, i.language, i.role, i.municipalities, old.was_expired`,
    [id, tokenHash(token), expires],
  );
  if (!row) return undefined;
  if (row.email) {
    const language = (row.language ?? 'en') as MailLanguage;
    await mail.queue(tx, [
      mail.compose(kind, row.email, language, `invitation:${tokenHash(token)}`, {
        municipalities: row.municipalities,
        role: row.role,
        expires,
        link: links.invitation(token),
      }),
    ]);
  }
  return { token, email: row.email, wasExpired: row.was_expired };
}
