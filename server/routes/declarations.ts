import type { FastifyInstance, FastifyReply } from 'fastify';
import { appendAudit } from '../audit.ts';
import { allow } from '../auth/session.ts';
import type { ShippedData } from '../content.ts';
import type { Db } from '../db/types.ts';
import { type CellRow, checkDeclaration, type DeclarationInput, publishedRow } from '../declaration.ts';
import { declarationWriter } from '../declare.ts';
import { queueDecisionMail } from '../mail/decision.ts';
import { MODERATORS } from '../roles.ts';
import { declarationSchema, idParams, rejectionSchema } from '../schemas.ts';
import { invalid } from './errors.ts';

const STATES = ['pending', 'approved', 'rejected'] as const;
type State = (typeof STATES)[number];

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
  declaredAt: d.declared_at,
  decidedAt: d.decided_at,
  reason: d.reason,
});

const COLUMNS = 'id, nis, cell, state, declared_by, declared_at, decided_at, reason';
const LIMIT = 1000;

export function declarationRoutes(app: FastifyInstance, db: Db, shipped: ShippedData, onPublished: () => void) {
  const declare = declarationWriter(db);
  app.post<{ Body: DeclarationInput }>(
    '/declarations',
    { preHandler: allow('editor'), schema: { body: declarationSchema } },
    async (request, reply) => {
      const user = request.auth?.user;
      if (!user) return reply.code(401).send({ error: 'unauthenticated' });
      const checked = checkDeclaration(request.body, shipped.context);
      if (!checked.ok) return invalid(reply, checked.field, checked.code, checked.value);
      if (!user.municipalities.includes(request.body.nis))
        return reply.code(403).send({ error: 'not_your_municipality' });
      const id = await declare({ nis: request.body.nis, cell: checked.row, declaredBy: user.id });
      return reply.code(201).send({ id, state: 'pending' });
    },
  );

  // Moderators get the queue (every declaration, by state); an editor gets the declarations they made.
  app.get<{ Querystring: { state?: State } }>(
    '/declarations',
    {
      preHandler: allow('editor', ...MODERATORS),
      schema: { querystring: { type: 'object', properties: { state: { type: 'string', enum: STATES } } } },
    },
    async (request) => {
      const user = request.auth?.user;
      const state = request.query.state ?? null;
      const mine = user?.role === 'editor' ? user.id : null;
      const rows = await db.query<DeclarationRow>(
        `SELECT ${COLUMNS} FROM declarations
          WHERE ($1::text IS NULL OR state = $1) AND ($2::integer IS NULL OR declared_by = $2)
          ORDER BY id LIMIT $3`,
        [state, mine, LIMIT],
      );
      return { declarations: rows.map(toJson) };
    },
  );

  app.post<{ Params: { id: string } }>(
    '/declarations/:id/approve',
    { preHandler: allow(...MODERATORS), schema: { params: idParams } },
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

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/declarations/:id/reject',
    { preHandler: allow(...MODERATORS), schema: { params: idParams, body: rejectionSchema } },
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
