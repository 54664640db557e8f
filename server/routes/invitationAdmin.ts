import { BULK_LIMIT, invitationApi } from '../../src/contract/invitations.ts';
import type { InvitationState, Role } from '../../src/contract/vocabulary.ts';
import { type Api, iso, isoOrNull } from '../api.ts';
import { appendAudit } from '../audit.ts';
import { allow } from '../auth/session.ts';
import { checkBulkInvitations } from '../bulkInvite.ts';
import type { ShippedData } from '../content.ts';
import type { Db } from '../db/types.ts';
import { issueInvitations, reissueInvitation } from '../invite.ts';
import { MODERATORS } from '../roles.ts';

const PAGE = 100;

type InvitationRow = {
  id: number;
  email: string | null;
  role: Role;
  municipalities: string[];
  language: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  sentAt: Date | null;
  state: InvitationState;
  total: string;
};

/** An invitation's state, decided in SQL for the list and its filter alike. */
const STATE_SQL = `CASE WHEN i.accepted_at IS NOT NULL THEN 'used' WHEN i.revoked_at IS NOT NULL THEN 'revoked'
  WHEN i.expires_at <= now() THEN 'expired' ELSE 'pending' END`;

/**
 * Moderators' work on invitations: a CSV in bulk (each row checked like an import row, the valid
 * ones invited and mailed in one transaction), the list with its states, and per invitation:
 * re-send, renew (an expired one) and revoke.
 */
export function invitationAdminRoutes(app: Api, db: Db, shipped: ShippedData) {
  app.post(
    '/invitations/bulk',
    { preHandler: allow(...MODERATORS), bodyLimit: BULK_LIMIT, schema: invitationApi.bulk },
    async (request, reply) => {
      const actor = request.auth?.user;
      if (!actor) return reply.code(401).send({ error: 'unauthenticated' });
      // Every e-mail the file names, lower-cased, as the check compares them.
      const emails = JSON.stringify(
        [...request.body.csv.toLowerCase().matchAll(/[^\s,;"'<>|]+@[^\s,;"'<>|]+/g)].map((m) => m[0]),
      );
      const [accounts, invited] = await Promise.all([
        db.query<{ email: string }>(
          'SELECT email FROM users WHERE email IN (SELECT jsonb_array_elements_text($1::jsonb))',
          [emails],
        ),
        db.query<{ email: string }>(
          `SELECT email FROM invitations WHERE email IN (SELECT jsonb_array_elements_text($1::jsonb))
              AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
          [emails],
        ),
      ]);
      const checked = checkBulkInvitations(request.body.csv, shipped.context, actor.role, {
        accounts: new Set(accounts.map((r) => r.email)),
        invited: new Set(invited.map((r) => r.email)),
      });
      if (checked.fatal) return reply.code(400).send({ error: 'invalid', field: 'csv', ...checked.fatal });
      const links = app.mail.links(request);
      const issued = await db.transaction((tx) => issueInvitations(tx, app.mail, links, actor.id, checked.specs));
      app.mail.sent();
      return reply.code(201).send({
        invited: checked.specs.map((spec, i) => ({
          row: spec.row,
          id: issued[i]?.id ?? 0,
          email: spec.email,
          language: spec.language,
        })),
        problems: checked.problems,
        rows: checked.specs.length + new Set(checked.problems.map((p) => p.row)).size,
      });
    },
  );

  app.get('/invitations', { preHandler: allow(...MODERATORS), schema: invitationApi.list }, async (request) => {
    const page = Number(request.query.page ?? 0);
    const rows = await db.query<InvitationRow>(
      `SELECT *, count(*) OVER () AS total FROM (
           SELECT i.id, i.email, i.role, i.municipalities, i.language, i.created_at AS "createdAt",
                  i.expires_at AS "expiresAt", i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt",
                  i.sent_at AS "sentAt", ${STATE_SQL} AS state
             FROM invitations i
            WHERE ($3::text IS NULL OR position($3 in i.email) > 0)) x
          WHERE ($1::text IS NULL OR state = $1)
          ORDER BY id DESC LIMIT ${PAGE} OFFSET $2`,
      [request.query.state ?? null, page * PAGE, request.query.email?.toLowerCase() ?? null],
    );
    const total = Number(rows[0]?.total ?? 0);
    const invitations = rows.map(({ total: _, ...r }) => ({
      ...r,
      createdAt: iso(r.createdAt),
      expiresAt: iso(r.expiresAt),
      acceptedAt: isoOrNull(r.acceptedAt),
      revokedAt: isoOrNull(r.revokedAt),
      sentAt: isoOrNull(r.sentAt),
    }));
    return { invitations, page, pageSize: PAGE, total };
  });

  for (const action of ['resend', 'renew'] as const) {
    app.post(
      `/invitations/:id/${action}`,
      { preHandler: allow(...MODERATORS), schema: invitationApi.again },
      async (request, reply) => {
        const actor = request.auth?.user.id ?? null;
        const id = Number(request.params.id);
        const links = app.mail.links(request);
        const done = await db.transaction(async (tx) => {
          const again = await reissueInvitation(tx, app.mail, links, id, 'invitation');
          if (!again) return undefined;
          const audited = again.wasExpired ? 'invitation_renewed' : 'invitation_resent';
          await appendAudit(tx, { actor, action: audited, subject: String(id) });
          return again;
        });
        if (!done) return reply.code(409).send({ error: 'invitation_closed' });
        app.mail.sent();
        // An invitation without an e-mail has no mail: its new link is shown once, as at first.
        return done.email
          ? { ok: true as const, mailed: true }
          : { ok: true as const, mailed: false, url: links.invitation(done.token) };
      },
    );
  }

  app.post(
    '/invitations/:id/revoke',
    { preHandler: allow(...MODERATORS), schema: invitationApi.revoke },
    async (request, reply) => {
      const actor = request.auth?.user.id ?? null;
      const id = Number(request.params.id);
      const revoked = await db.transaction(async (tx) => {
        const [row] = await tx.query(
          'UPDATE invitations SET revoked_at = now() WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING 1',
          [id],
        );
        if (row) await appendAudit(tx, { actor, action: 'invitation_revoked', subject: String(id) });
        return !!row;
      });
      return revoked ? { ok: true as const } : reply.code(409).send({ error: 'invitation_closed' });
    },
  );
}
