import { adminApi } from '../../src/contract/admin.ts';
import { type Api, iso } from '../api.ts';
import { allow } from '../auth/session.ts';
import type { Db } from '../db/types.ts';

const PAGE = 500;

type AuditRow = {
  id: number;
  at: Date;
  actor: number | null;
  actorEmail: string | null;
  action: string;
  subject: string | null;
  detail: unknown;
};

/** The audit log (admins, newest first, ?before=<id> for the next page); see health.ts for the health check. */
export function adminRoutes(app: Api, db: Db) {
  app.get('/audit', { preHandler: allow('admin'), schema: adminApi.audit }, async (request) => {
    const rows = await db.query<AuditRow>(
      `SELECT a.id, a.at, a.actor, u.email AS "actorEmail", a.action, a.subject, a.detail
           FROM audit a LEFT JOIN users u ON u.id = a.actor
          WHERE ($1::integer IS NULL OR a.id < $1)
          ORDER BY a.id DESC LIMIT $2`,
      // Query strings are text: the schema allows digits only, and no type coercion is on.
      [request.query.before ? Number(request.query.before) : null, PAGE],
    );
    return { entries: rows.map((row) => ({ ...row, at: iso(row.at) })) };
  });
}
