import type { FastifyReply } from 'fastify';
import { declarationApi } from '../../src/contract/declarations.ts';
import { DECLARATION_STATES, type DeclarationState } from '../../src/contract/vocabulary.ts';
import { type Api, iso, isoOrNull } from '../api.ts';
import { appendAudit } from '../audit.ts';
import { allow } from '../auth/session.ts';
import type { ShippedData } from '../content.ts';
import type { Db } from '../db/types.ts';
import { type CellRow, checkDeclaration, publishedRow } from '../declaration.ts';
import { declarationWriter, PENDING_CAP } from '../declare.ts';
import { queueDecisionMail } from '../mail/decision.ts';
import { idempotencyKey, pageOf, pageSql, totalsByState } from '../queue.ts';
import { MODERATORS } from '../roles.ts';
import { invalid } from './errors.ts';

const STATES = DECLARATION_STATES;
type State = DeclarationState;

type DeclarationRow = {
  id: number;
  nis: string;
  cell: CellRow;
  state: State;
  declared_by: number;
  declared_at: Date;
  decided_at: Date | null;
  reason: string | null;
};

/** The JSON of one declaration (README "Run the register" documents it). */
const toJson = (d: DeclarationRow) => ({
  id: d.id,
  nis: d.nis,
  state: d.state,
  cell: d.cell,
  declaredBy: d.declared_by,
  declaredAt: iso(d.declared_at),
  decidedAt: isoOrNull(d.decided_at),
  reason: d.reason,
});

const COLUMNS = 'id, nis, cell, state, declared_by, declared_at, decided_at, reason';

/**
 * The members a declaration names outside its declarer's own municipalities: the queue marks them,
 * as an editor may name any municipality as a member of their cell, including another province's.
 */
const outsideMembers = (d: DeclarationRow, own: readonly string[]) =>
  (d.cell.municipalities ?? '').split('|').filter((nis) => nis && !own.includes(nis));

export function declarationRoutes(
  app: Api,
  db: Db,
  shipped: ShippedData,
  onPublished: () => void,
  pendingCap = PENDING_CAP,
) {
  const declare = declarationWriter(db, pendingCap);
  app.post('/declarations', { preHandler: allow('editor'), schema: declarationApi.declare }, async (request, reply) => {
    const user = request.auth?.user;
    if (!user) return reply.code(401).send({ error: 'unauthenticated' });
    const checked = checkDeclaration(request.body, shipped.context);
    if (!checked.ok) return invalid(reply, checked.field, checked.code, checked.value);
    if (!user.municipalities.includes(request.body.nis))
      return reply.code(403).send({ error: 'not_your_municipality' });
    const key = idempotencyKey(request, reply);
    if (key === null) return reply;
    const declared = await declare({
      nis: request.body.nis,
      cell: checked.row,
      declaredBy: user.id,
      ...(key ? { key } : {}),
    });
    if (declared === 'pending_cap') return reply.code(409).send({ error: 'pending_cap', limit: pendingCap });
    // A retry gets the answer of its first try (which may have been stored but not acknowledged).
    return reply.code(declared.replayed ? 200 : 201).send({ id: declared.id, state: 'pending' as const });
  });

  // Moderators get the queue (every declaration, by state); an editor gets the declarations they
  // made. Paged by id: `after` is the last id of the previous page, `next` the cursor of the next.
  app.get(
    '/declarations',
    { preHandler: allow('editor', ...MODERATORS), schema: declarationApi.list },
    async (request) => {
      const user = request.auth?.user;
      const state = request.query.state ?? null;
      const mine = user?.role === 'editor' ? user.id : null;
      const { where, orderAndLimit, params, limit } = pageSql(request.query, { state, declared_by: mine }, 'd.');
      const rows = await db.query<DeclarationRow & { declarer_municipalities: string[] }>(
        `SELECT ${COLUMNS.split(', ')
          .map((c) => `d.${c}`)
          .join(', ')}, u.municipalities AS declarer_municipalities
           FROM declarations d JOIN users u ON u.id = d.declared_by
          WHERE ${where} ${orderAndLimit}`,
        params,
      );
      const { page, next } = pageOf(rows, limit);
      return {
        declarations: page.map((d) => ({ ...toJson(d), outsideMembers: outsideMembers(d, d.declarer_municipalities) })),
        next,
        totals: await totalsByState(db, 'declarations', STATES, mine),
      };
    },
  );

  app.post(
    '/declarations/:id/approve',
    { preHandler: allow(...MODERATORS), schema: declarationApi.approve },
    async (request, reply) => {
      const actor = request.auth?.user.id ?? null;
      const id = Number(request.params.id);
      const result = await db.transaction(async (tx) => {
        // Conditional: of two approvals racing, the second waits for the first's row lock, then
        // finds the state no longer pending and changes nothing.
        const [decided] = await tx.query<DeclarationRow & { today: string }>(
          `UPDATE declarations SET state = 'approved', decided_by = $2, decided_at = now()
            WHERE id = $1 AND state = 'pending'
            RETURNING ${COLUMNS}, to_char(now() AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD') AS today`,
          [id, actor],
        );
        if (!decided) return undefined;
        const row = publishedRow(decided.cell, id, decided.today);
        await tx.query('INSERT INTO statements (declaration_id, cell) VALUES ($1, $2::jsonb)', [
          id,
          JSON.stringify(row),
        ]);
        const [publication] = await tx.query<{ version: number }>(
          'UPDATE publication SET version = version + 1, published_at = now() RETURNING version',
        );
        await appendAudit(tx, {
          actor,
          action: 'approval',
          subject: String(id),
          detail: { version: publication?.version },
        });
        await queueDecisionMail(tx, app.mail, app.mail.links(request), decided, {
          approved: true,
          date: decided.today,
        });
        return { ...toJson({ ...decided, cell: row }), version: publication?.version };
      });
      if (result) {
        onPublished();
        app.mail.sent();
      }
      return result ?? notPending(reply, id);
    },
  );

  app.post(
    '/declarations/:id/reject',
    { preHandler: allow(...MODERATORS), schema: declarationApi.reject },
    async (request, reply) => {
      const actor = request.auth?.user.id ?? null;
      const id = Number(request.params.id);
      const result = await db.transaction(async (tx) => {
        const [decided] = await tx.query<DeclarationRow>(
          `UPDATE declarations SET state = 'rejected', decided_by = $2, decided_at = now(), reason = $3
            WHERE id = $1 AND state = 'pending' RETURNING ${COLUMNS}`,
          [id, actor, request.body.reason],
        );
        if (!decided) return undefined;
        await appendAudit(tx, { actor, action: 'rejection', subject: String(id) });
        const reason = request.body.reason;
        await queueDecisionMail(tx, app.mail, app.mail.links(request), decided, { approved: false, reason });
        return toJson(decided);
      });
      if (result) app.mail.sent();
      return result ?? notPending(reply, id);
    },
  );

  /** Nothing changed: the declaration is unknown (404) or was already decided (409). */
  async function notPending(reply: FastifyReply, id: number) {
    const [row] = await db.query<{ state: State }>('SELECT state FROM declarations WHERE id = $1', [id]);
    return row
      ? reply.code(409).send({ error: 'already_decided', state: row.state })
      : reply.code(404).send({ error: 'not_found' });
  }
}
