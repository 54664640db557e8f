import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

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

/** Schema failures and unreadable bodies become a 400 naming the field; the rest is not leaked. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const [first] = error.validation ?? [];
  if (first) return reply.code(400).send({ error: 'invalid', field: fieldOf(first) || 'body', code: first.keyword });
  // A 400 like any other bad input (the acceptance), naming the body as the field.
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply.code(400).send({ error: 'invalid', field: 'body', code: 'too_large' });
  }
  if (error.statusCode && error.statusCode < 500) {
    return reply.code(error.statusCode).send({ error: error.code ?? 'bad_request', field: 'body' });
  }
  request.log.error(error);
  return reply.code(500).send({ error: 'internal' });
}
