import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from './db/types.ts';
import { invalid } from './routes/errors.ts';

/**
 * What the two queues (declarations, initiatives) share: the retry key of a write, the pages of
 * a list (by id: `after` is the last id of the previous page) and the totals by state.
 */

/**
 * Rows per page, unless `limit` asks for fewer or more (at most 1000, the schema's): as many as a
 * moderator reads before asking for more, and a page costs the same however long the queue is.
 */
export const PAGE = 100;

/** A client's retry key: printable, short (draft-ietf-httpapi-idempotency-key-header). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,100}$/;

/**
 * The request's Idempotency-Key: undefined when there is none, or null after answering a 400 for
 * one that is not a key.
 */
export function idempotencyKey(request: FastifyRequest, reply: FastifyReply): string | undefined | null {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key === 'string' && IDEMPOTENCY_KEY.test(key)) return key;
  invalid(reply, 'Idempotency-Key', 'pattern');
  return null;
}

/**
 * A page of a list: the rows after the cursor (`after` in the query string) that match each filter
 * given, at most `limit` (+ 1, to know whether a next page follows). A filter that is not given is
 * left out of the SQL, not written `$n IS NULL OR …`, which keeps the planner off the (state, id)
 * and (declared_by, id) indexes: the first page of the pending queue was a walk of the whole table.
 */
export function pageSql(
  query: { after?: string; limit?: string },
  filters: Record<string, string | number | null | undefined>,
  alias = '',
) {
  const after = query.after ? Number(query.after) : 0;
  const limit = query.limit ? Number(query.limit) : PAGE;
  const params: unknown[] = [after];
  const clauses = [`${alias}id > $1`];
  for (const [column, value] of Object.entries(filters)) {
    if (value === null || value === undefined) continue;
    params.push(value);
    clauses.push(`${alias}${column} = $${params.length}`);
  }
  params.push(limit + 1);
  return { where: clauses.join(' AND '), orderAndLimit: `ORDER BY ${alias}id LIMIT $${params.length}`, params, limit };
}

/** A page of rows asked for with `limit + 1`, and the cursor of the next page (null on the last). */
export function pageOf<T extends { id: number }>(rows: T[], limit: number) {
  const page = rows.slice(0, limit);
  return { page, next: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

/**
 * Rows by state in `table`, of one declarer or of all (`by` null), from the totals the triggers
 * keep (migration 032): one lookup, however many rows the queue holds. Every state is in the
 * answer, 0 where there is none.
 */
export async function totalsByState<S extends string>(
  db: Queryable,
  table: 'declarations' | 'initiative_declarations',
  states: readonly S[],
  by: number | null,
): Promise<Record<S, number>> {
  const rows = await db.query<{ state: S; count: number }>(
    `SELECT state, sum(count)::integer AS count FROM queue_totals
      WHERE queue = $1 AND ($2::integer IS NULL OR declared_by = $2) GROUP BY state`,
    [table, by],
  );
  return Object.fromEntries(states.map((s) => [s, rows.find((r) => r.state === s)?.count ?? 0])) as Record<S, number>;
}
