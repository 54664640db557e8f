import { type OutreachQuery, reachApi } from '../../src/contract/reach.ts';
import { toCsv } from '../../src/data/csvWrite.ts';
import { placeName } from '../../src/i18n/content.ts';
import type { Api } from '../api.ts';
import { appendAudit } from '../audit.ts';
import { allow } from '../auth/session.ts';
import type { ShippedData } from '../content.ts';
import type { Db } from '../db/types.ts';
import { reissueInvitation } from '../invite.ts';
import { isMailLanguage } from '../mail/texts/index.ts';
import { countStates, type OutreachRow, outreachStates } from '../outreach.ts';
import { MODERATORS } from '../roles.ts';

/** A recipient gets at most one reminder in this many days. */
const REMINDER_DAYS = 7;

const filtered = (rows: OutreachRow[], q: OutreachQuery) =>
  rows.filter((r) => (!q.province || r.province === q.province) && (!q.zone || r.zone === q.zone));

/**
 * Moderators' view of the outreach: every municipality's state in the funnel, filtered by
 * province and zone, with counts per state and a CSV; and reminders to those who were invited
 * and did not accept, or accepted and did not declare.
 */
export function outreachRoutes(app: Api, db: Db, shipped: ShippedData) {
  app.get('/outreach', { preHandler: allow(...MODERATORS), schema: reachApi.outreach }, async (request) => {
    const rows = filtered(await outreachStates(db, shipped), request.query);
    const shown = request.query.state ? rows.filter((r) => r.state === request.query.state) : rows;
    return { counts: countStates(rows), municipalities: shown };
  });

  app.get(
    '/outreach.csv',
    { preHandler: allow(...MODERATORS), schema: reachApi.outreachCsv },
    async (request, reply) => {
      const language = request.query.lang ?? 'en';
      const rows = filtered(await outreachStates(db, shipped), request.query).filter(
        (r) => !request.query.state || r.state === request.query.state,
      );
      const csv = toCsv(
        ['nis', 'municipality', 'province', 'zone', 'state', 'approved_on'],
        rows.map((r) => {
          const m = shipped.context.municipality.get(r.nis);
          return [r.nis, m ? placeName(m, language) : r.nis, r.province, r.zone, r.state, r.approvedOn ?? ''];
        }),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="livcr-outreach.csv"')
        .send(csv);
    },
  );

  app.post('/outreach/remind', { preHandler: allow(...MODERATORS), schema: reachApi.remind }, async (request) => {
    const actor = request.auth?.user.id ?? null;
    const links = app.mail.links(request);
    const recent = `SELECT 1 FROM outbox o WHERE o.recipient = x.email
        AND o.kind IN ('invitation_reminder', 'declare_reminder')
        AND o.created_at > now() - make_interval(days => ${REMINDER_DAYS})`;
    const result = await db.transaction(async (tx) => {
      // Invited, not accepted (expired ones too: the reminder carries a fresh link).
      const invitations = await tx.query<{ id: number; email: string }>(
        `SELECT x.id, x.email FROM invitations x
          WHERE x.email IS NOT NULL AND x.accepted_at IS NULL AND x.revoked_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM users u WHERE u.email = x.email) AND NOT EXISTS (${recent})
          ORDER BY x.id`,
      );
      const seen = new Set<string>();
      for (const invitation of invitations) {
        if (seen.has(invitation.email)) continue;
        seen.add(invitation.email);
        await reissueInvitation(tx, app.mail, links, invitation.id, 'invitation_reminder');
        await appendAudit(tx, {
          actor,
          action: 'reminder',
          subject: String(invitation.id),
          detail: { kind: 'invitation' },
        });
      }
      // Accepted, and not one declaration since.
      const editors = await tx.query<{ id: number; email: string; language: string | null; municipalities: string[] }>(
        `SELECT x.id, x.email, x.language, x.municipalities FROM users x
          WHERE x.role = 'editor' AND x.disabled_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM declarations d WHERE d.declared_by = x.id) AND NOT EXISTS (${recent})
          ORDER BY x.id`,
      );
      const day = new Date().toISOString().slice(0, 10);
      await app.mail.queue(
        tx,
        editors.map((e) => {
          const language = isMailLanguage(e.language) ? e.language : 'en';
          return app.mail.compose('declare_reminder', e.email, language, `declare_reminder:${e.id}:${day}`, {
            municipalities: e.municipalities,
            link: links.municipality(e.municipalities[0] ?? '', language),
          });
        }),
      );
      for (const e of editors) {
        await appendAudit(tx, { actor, action: 'reminder', subject: String(e.id), detail: { kind: 'declare' } });
      }
      return { invited: seen.size, editors: editors.length };
    });
    app.mail.sent();
    return { reminded: result };
  });
}
