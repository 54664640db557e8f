import { reachApi } from '../../src/contract/reach.ts';
import { type Api, iso } from '../api.ts';
import { appendAudit } from '../audit.ts';
import { randomToken, tokenHash } from '../auth/secrets.ts';
import { allow } from '../auth/session.ts';
import { normalizeEmail } from '../bulkInvite.ts';
import type { ShippedData } from '../content.ts';
import type { Db } from '../db/types.ts';
import { domainLooksLike } from '../domainHint.ts';
import { issueInvitations } from '../invite.ts';
import { isMailLanguage } from '../mail/texts/index.ts';
import { MODERATORS } from '../roles.ts';
import { invalid } from './errors.ts';

const PAGE = 50;
/** An unconfirmed request can be confirmed for this long. */
const CONFIRM_DAYS = 7;

export interface AccessLimit {
  max: number;
  timeWindow: number;
}

type RequestRow = { id: number; email: string; municipalities: string[]; language: string; function: string };

/**
 * A coordinator who was not invited asks for access: an e-mail, municipalities and their function
 * in words (no name). A link mailed to the address proves it; confirmed requests wait in a paged
 * queue for a moderator, who approves (an invitation is mailed) or rejects (the reason is mailed).
 */
export function accessRoutes(app: Api, db: Db, shipped: ShippedData, limit: AccessLimit) {
  app.post(
    '/access-requests',
    { config: { rateLimit: limit }, schema: reachApi.requestAccess },
    async (request, reply) => {
      const { municipalities, language } = request.body;
      const unknown = municipalities.find((nis) => !shipped.context.municipality.has(nis));
      if (unknown) return invalid(reply, 'municipalities', 'unknown_municipality', unknown);
      const email = normalizeEmail(request.body.email);
      const token = randomToken();
      const links = app.mail.links(request);
      await db.transaction(async (tx) => {
        const [row] = await tx.query<{ id: number }>(
          `INSERT INTO access_requests (email, municipalities, function, language, token_hash)
           VALUES ($1, $2::jsonb, $3, $4, $5) RETURNING id`,
          [email, JSON.stringify(municipalities), request.body.function.trim(), language, tokenHash(token)],
        );
        await app.mail.queue(tx, [
          app.mail.compose('access_confirm', email, language, `access:${tokenHash(token)}`, {
            municipalities,
            link: links.confirmAccess(token),
          }),
        ]);
        await appendAudit(tx, { actor: null, action: 'access_requested', subject: String(row?.id) });
      });
      app.mail.sent();
      return reply.code(202).send({ ok: true as const });
    },
  );

  app.post(
    '/access-requests/confirm',
    { config: { rateLimit: limit }, schema: reachApi.confirmAccess },
    async (request, reply) => {
      const confirmed = await db.transaction(async (tx) => {
        const [row] = await tx.query<{ id: number }>(
          `UPDATE access_requests SET state = 'confirmed', confirmed_at = now()
            WHERE token_hash = $1 AND state = 'unconfirmed'
              AND created_at > now() - make_interval(days => $2) RETURNING id`,
          [tokenHash(request.body.token), CONFIRM_DAYS],
        );
        if (row) await appendAudit(tx, { actor: null, action: 'access_confirmed', subject: String(row.id) });
        return !!row;
      });
      return confirmed ? { ok: true as const } : reply.code(404).send({ error: 'access_request_not_found' });
    },
  );

  app.get('/access-requests', { preHandler: allow(...MODERATORS), schema: reachApi.accessQueue }, async (request) => {
    const page = Number(request.query.page ?? 0);
    const rows = await db.query<RequestRow & { confirmed_at: Date; total: string }>(
      `SELECT id, email, municipalities, language, function, confirmed_at, count(*) OVER () AS total
           FROM access_requests WHERE state = 'confirmed' ORDER BY id LIMIT ${PAGE} OFFSET $1`,
      [page * PAGE],
    );
    return {
      requests: rows.map((r) => ({
        id: r.id,
        email: r.email,
        municipalities: r.municipalities,
        language: r.language,
        function: r.function,
        confirmedAt: iso(r.confirmed_at),
        domainMatches: domainLooksLike(
          r.email,
          r.municipalities.map((nis) => shipped.context.municipality.get(nis)),
        ),
      })),
      page,
      pageSize: PAGE,
      total: Number(rows[0]?.total ?? 0),
    };
  });

  /** Takes a confirmed request out of the queue; undefined when it is not (or no longer) there. */
  const decide = (
    tx: Parameters<Parameters<Db['transaction']>[0]>[0],
    id: number,
    state: string,
    actor: number,
    reason: string | null,
  ) =>
    tx
      .query<RequestRow>(
        `UPDATE access_requests SET state = $2, decided_by = $3, decided_at = now(), reason = $4
          WHERE id = $1 AND state = 'confirmed' RETURNING id, email, municipalities, language, function`,
        [id, state, actor, reason],
      )
      .then((rows) => rows[0]);

  app.post(
    '/access-requests/:id/approve',
    { preHandler: allow(...MODERATORS), schema: reachApi.approveAccess },
    async (request, reply) => {
      const actor = request.auth?.user.id ?? 0;
      const links = app.mail.links(request);
      const result = await db
        .transaction(async (tx) => {
          const row = await decide(tx, Number(request.params.id), 'approved', actor, null);
          if (!row) return 'gone' as const;
          const [taken] = await tx.query('SELECT 1 FROM users WHERE email = $1', [row.email]);
          if (taken) throw Object.assign(new Error('email_taken'), { taken: true });
          const language = isMailLanguage(row.language) ? row.language : 'en';
          const spec = { email: row.email, role: 'editor' as const, municipalities: row.municipalities, language };
          const [issued] = await issueInvitations(tx, app.mail, links, actor, [spec]);
          await appendAudit(tx, {
            actor,
            action: 'access_approved',
            subject: String(row.id),
            detail: { invitation: issued?.id },
          });
          return 'approved' as const;
        })
        .catch((error: unknown) => {
          if ((error as { taken?: boolean }).taken) return 'taken' as const;
          throw error;
        });
      if (result === 'gone') return reply.code(409).send({ error: 'already_decided' });
      if (result === 'taken') return reply.code(409).send({ error: 'email_taken', field: 'email' });
      app.mail.sent();
      return { ok: true as const };
    },
  );

  app.post(
    '/access-requests/:id/reject',
    { preHandler: allow(...MODERATORS), schema: reachApi.rejectAccess },
    async (request, reply) => {
      const actor = request.auth?.user.id ?? 0;
      const reason = request.body.reason;
      const done = await db.transaction(async (tx) => {
        const row = await decide(tx, Number(request.params.id), 'rejected', actor, reason);
        if (!row) return false;
        const language = isMailLanguage(row.language) ? row.language : 'en';
        await app.mail.queue(tx, [
          app.mail.compose('access_rejected', row.email, language, `access_rejected:${row.id}`, {
            municipalities: row.municipalities,
            reason,
          }),
        ]);
        await appendAudit(tx, { actor, action: 'access_rejected', subject: String(row.id) });
        return true;
      });
      if (!done) return reply.code(409).send({ error: 'already_decided' });
      app.mail.sent();
      return { ok: true as const };
    },
  );
}
