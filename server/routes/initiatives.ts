import type { FastifyReply } from 'fastify';
import { type InitiativeItem, initiativeApi } from '../../src/contract/initiatives.ts';
import { INITIATIVE_STATES, type InitiativeState } from '../../src/contract/vocabulary.ts';
import type { ReviewState } from '../../src/domain/vocabulary.ts';
import type { Api } from '../api.ts';
import { type AuditAction, appendAudit } from '../audit.ts';
import { allow } from '../auth/session.ts';
import type { ShippedData } from '../content.ts';
import type { Db, Queryable } from '../db/types.ts';
import { PENDING_CAP } from '../declare.ts';
import { checkInitiative, type InitiativeRow } from '../initiative.ts';
import { declareInitiative } from '../initiativeWrite.ts';
import { idempotencyKey, pageOf, pageSql, totalsByState } from '../queue.ts';
import { MODERATORS } from '../roles.ts';
import { invalid } from './errors.ts';

type State = InitiativeState;
type Row = {
  id: number;
  municipalities: string[];
  initiative: InitiativeRow;
  state: State;
  review_state: ReviewState | null;
  confirmed_on: string | null;
  declared_by: number;
  reason: string | null;
};
const COLUMNS = `id, municipalities, initiative, state, review_state,
  to_char(confirmed_on, 'YYYY-MM-DD') AS confirmed_on, declared_by, reason`;
const TODAY = `(now() AT TIME ZONE 'Europe/Brussels')::date`;

const toJson = (r: Row): InitiativeItem => ({
  id: r.id,
  municipalities: r.municipalities,
  state: r.state,
  initiative: r.initiative,
  reviewState: r.review_state,
  confirmedOn: r.confirmed_on,
  reason: r.reason,
});

/** Bumps the publication's version: the snapshot renders again, with the change. */
async function publish(tx: Queryable, actor: number | null, action: AuditAction, id: number) {
  const [publication] = await tx.query<{ version: number }>(
    'UPDATE publication SET version = version + 1, published_at = now() RETURNING version',
  );
  await appendAudit(tx, { actor, action, subject: `initiative ${id}`, detail: { version: publication?.version } });
}

/**
 * Initiatives through the register: an editor declares one for their municipalities and
 * confirms "still running"; a moderator approves it with a review state, rejects it with a
 * reason, or archives it when it has ended. Each change is conditional on the state it expects.
 */
export function initiativeRoutes(
  app: Api,
  db: Db,
  shipped: ShippedData,
  onPublished: () => void,
  pendingCap = PENDING_CAP,
) {
  app.post('/initiatives', { preHandler: allow('editor'), schema: initiativeApi.declare }, async (request, reply) => {
    const user = request.auth?.user;
    if (!user) return reply.code(401).send({ error: 'unauthenticated' });
    if (!request.body.municipalities.every((nis) => user.municipalities.includes(nis)))
      return reply.code(403).send({ error: 'not_your_municipality' });
    const checked = checkInitiative(request.body, shipped.context);
    if (!checked.ok) return invalid(reply, checked.field, checked.code, checked.value);
    const key = idempotencyKey(request, reply);
    if (key === null) return reply;
    const declared = await declareInitiative(
      db,
      {
        municipalities: request.body.municipalities,
        initiative: checked.row,
        declaredBy: user.id,
        ...(key ? { key } : {}),
      },
      pendingCap,
    );
    if ('capped' in declared)
      return reply
        .code(409)
        .send({ error: 'pending_cap', limit: pendingCap, field: 'municipalities', value: declared.capped });
    // A retry gets the answer of its first try (which may have been stored but not acknowledged).
    return reply.code(declared.replayed ? 200 : 201).send({ id: declared.id, state: 'pending' as const });
  });

  // Moderators get every initiative (by state); an editor the ones they declared. Paged by id.
  app.get(
    '/initiatives',
    { preHandler: allow('editor', ...MODERATORS), schema: initiativeApi.list },
    async (request) => {
      const user = request.auth?.user;
      const mine = user?.role === 'editor' ? user.id : null;
      const { where, orderAndLimit, params, limit } = pageSql(request.query, {
        state: request.query.state,
        declared_by: mine,
      });
      const rows = await db.query<Row>(
        `SELECT ${COLUMNS} FROM initiative_declarations WHERE ${where} ${orderAndLimit}`,
        params,
      );
      const { page, next } = pageOf(rows, limit);
      return {
        initiatives: page.map(toJson),
        next,
        totals: await totalsByState(db, 'initiative_declarations', INITIATIVE_STATES, mine),
      };
    },
  );

  /** One conditional change, published (and audited) when it took place. */
  const change = async (
    reply: FastifyReply,
    id: number,
    actor: number | null,
    action: AuditAction,
    sql: string,
    params: unknown[],
  ) => {
    const result = await db.transaction(async (tx) => {
      const [row] = await tx.query<Row>(`${sql} RETURNING ${COLUMNS}`, [id, ...params]);
      if (!row) return undefined;
      if (row.state === 'rejected') await appendAudit(tx, { actor, action, subject: `initiative ${id}` });
      else await publish(tx, actor, action, id);
      return toJson(row);
    });
    if (!result) {
      const [found] = await db.query<{ state: State }>('SELECT state FROM initiative_declarations WHERE id = $1', [id]);
      return found
        ? reply.code(409).send({ error: 'wrong_state', state: found.state })
        : reply.code(404).send({ error: 'not_found' });
    }
    if (result.state !== 'rejected') onPublished();
    return result;
  };

  app.post(
    '/initiatives/:id/approve',
    { preHandler: allow(...MODERATORS), schema: initiativeApi.approve },
    (request, reply) =>
      change(
        reply,
        Number(request.params.id),
        request.auth?.user.id ?? null,
        'initiative_approval',
        `UPDATE initiative_declarations SET state = 'approved', review_state = $3, confirmed_on = ${TODAY},
           decided_by = $2, decided_at = now() WHERE id = $1 AND state = 'pending'`,
        [request.auth?.user.id ?? null, request.body.review_state],
      ),
  );

  app.post(
    '/initiatives/:id/reject',
    { preHandler: allow(...MODERATORS), schema: initiativeApi.reject },
    (request, reply) =>
      change(
        reply,
        Number(request.params.id),
        request.auth?.user.id ?? null,
        'initiative_rejection',
        `UPDATE initiative_declarations SET state = 'rejected', reason = $3, decided_by = $2, decided_at = now()
           WHERE id = $1 AND state = 'pending'`,
        [request.auth?.user.id ?? null, request.body.reason],
      ),
  );

  app.post(
    '/initiatives/:id/archive',
    { preHandler: allow(...MODERATORS), schema: initiativeApi.archive },
    (request, reply) =>
      change(
        reply,
        Number(request.params.id),
        request.auth?.user.id ?? null,
        'initiative_archive',
        `UPDATE initiative_declarations SET state = 'archived', decided_by = $2, decided_at = now()
           WHERE id = $1 AND state = 'approved'`,
        [request.auth?.user.id ?? null],
      ),
  );

  // "Still running": only the editor who declared it, only while it is published.
  app.post(
    '/initiatives/:id/confirm',
    { preHandler: allow('editor'), schema: initiativeApi.confirm },
    (request, reply) =>
      change(
        reply,
        Number(request.params.id),
        request.auth?.user.id ?? null,
        'initiative_confirmation',
        `UPDATE initiative_declarations SET confirmed_on = ${TODAY}
           WHERE id = $1 AND state = 'approved' AND declared_by = $2`,
        [request.auth?.user.id ?? null],
      ),
  );
}
