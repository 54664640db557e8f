import type { FastifyInstance, FastifyRequest } from 'fastify';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin writes must come from: the configured public URL's, else the request's own. */
const expectedOrigin = (request: FastifyRequest, publicUrl: string | undefined) =>
  publicUrl ? new URL(publicUrl).origin : `${request.protocol}://${request.host}`;

/**
 * Two guards on /api (the issue 21 probe): a write whose Origin header names another site is
 * refused (403 origin), on top of the CSRF token and the SameSite cookie; a request without
 * Origin (curl, a script) is left to those. And no JSON answer is kept by a cache unless its
 * route says so (the snapshot's no-cache): /session carries the CSRF token, /users and /audit
 * e-mails.
 */
export function guards(app: FastifyInstance, publicUrl: string | undefined) {
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (SAFE.has(request.method) || origin === undefined) return;
    if (origin !== expectedOrigin(request, publicUrl)) return reply.code(403).send({ error: 'origin' });
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (!reply.hasHeader('cache-control') && type.startsWith('application/json'))
      reply.header('cache-control', 'no-store');
    return payload;
  });
}
