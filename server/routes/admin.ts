import type { FastifyInstance } from 'fastify';
import { allow } from '../auth/session.ts';
import type { Db } from '../db/types.ts';

const PAGE = 500;

/** The audit log (admins, newest first, ?before=<id> for the next page); see health.ts for the health check. */
export function adminRoutes(app: FastifyInstance, db: Db) {
  app.get<{ Querystring: { before?: string } }>(
    '/audit',
    {
      preHandler: allow('admin'),
      schema: { querystring: { type: 'object', properties: { before: { type: 'string', pattern: '^[0-9]{1,9}$' } } } },
    },
    async (request) => {
      const rows = await db.query(
        `SELECT a.id, a.at, a.actor, u.email AS "actorEmail", a.action, a.subject, a.detail
           FROM audit a LEFT JOIN users u ON u.id = a.actor
          WHERE ($1::integer IS NULL OR a.id < $1)
          ORDER BY a.id DESC LIMIT $2`,
        // Query strings are text: the schema allows digits only, and no type coercion is on.
        [request.query.before ? Number(request.query.before) : null, PAGE],
      );
      return { entries: rows };
    },
  );
}
