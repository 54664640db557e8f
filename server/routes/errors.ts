import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isUnavailable, type WriteHealth, writeFailure } from '../db/resilience.ts';

/** The one shape of a 400: which field, and a code the atlas can translate. */
export interface Invalid {
  error: 'invalid';
  field: string;
  code: string;
  value?: string;
}

export const invalid = (reply: FastifyReply, field: string, code: string, value?: string) =>
  reply.code(400).send({ error: 'invalid', field, code, ...(value === undefined ? {} : { value }) } satisfies Invalid);

/** The field a JSON-schema failure is about: the property, or the missing or extra one. */
function fieldOf(error: NonNullable<FastifyError['validation']>[number]): string {
  const params = error.params as Record<string, unknown>;
  for (const key of ['missingProperty', 'additionalProperty']) {
    if (typeof params[key] === 'string') return params[key];
  }
  // "/members/0" → "members"
  return error.instancePath.split('/')[1] ?? '';
}

/** The database is away: the client may retry (README "When the database goes away"). */
export const unavailable = (reply: FastifyReply) =>
  reply.code(503).header('retry-after', '5').send({ error: 'database_unavailable' });

/**
 * Schema failures and unreadable bodies become a 400 naming the field; a database that is away
 * or refuses writes a 503 (the latter noted for /api/health); the rest is not leaked.
 */
export const errorHandler = (health: WriteHealth) =>
  function handle(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    return answer(health, error, request, reply);
  };

function answer(health: WriteHealth, error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const [first] = error.validation ?? [];
  if (first) return reply.code(400).send({ error: 'invalid', field: fieldOf(first) || 'body', code: first.keyword });
  // A 400 like any other bad input (the acceptance), naming the body as the field.
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply.code(400).send({ error: 'invalid', field: 'body', code: 'too_large' });
  }
  // @fastify/rate-limit has set Retry-After already.
  if (error.statusCode === 429) return reply.code(429).send({ error: 'too_many_requests' });
  if (isUnavailable(error)) {
    request.log.warn(`database unavailable: ${error.message}`);
    return unavailable(reply);
  }
  const reason = writeFailure(error);
  if (reason) {
    health.failed(reason);
    request.log.error(error);
    return reply.code(503).header('retry-after', '30').send({ error: 'writes_failing', reason });
  }
  if (error.statusCode && error.statusCode < 500) {
    return reply.code(error.statusCode).send({ error: error.code ?? 'bad_request', field: 'body' });
  }
  request.log.error(error);
  return reply.code(500).send({ error: 'internal' });
}
