import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { sessions } from './auth/session.ts';
import type { ShippedData } from './content.ts';
import type { Db } from './db/types.ts';
import { securityHeaders } from './headers.ts';
import { adminRoutes } from './routes/admin.ts';
import { declarationRoutes } from './routes/declarations.ts';
import { errorHandler } from './routes/errors.ts';
import { initiativeRoutes } from './routes/initiatives.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { type LoginLimit, sessionRoutes } from './routes/session.ts';
import { snapshotRoutes } from './routes/snapshot.ts';
import { userRoutes } from './routes/users.ts';
import { snapshots } from './snapshot.ts';
import { serveAtlas } from './static.ts';

export interface RegisterOptions {
  db: Db;
  shipped: ShippedData;
  /** index.html as served (its CSP goes into the headers). */
  indexHtml: string;
  /** The built atlas; without it only /api is served. */
  distDir?: string;
  /** Behind a reverse proxy: believe X-Forwarded-Proto/-For (Secure cookies, rate limit per client). */
  trustProxy?: boolean;
  loginLimit?: LoginLimit;
  logger?: boolean;
}

/** Every request body is JSON and small; a declaration's note is at most 10 000 characters. */
export const BODY_LIMIT = 64 * 1024;

export async function buildRegister(options: RegisterOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: BODY_LIMIT,
    // Wrong types are refused, not coerced ("1" stays a string, 1 is no string), and unknown
    // properties are refused rather than silently dropped.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
  });
  app.setErrorHandler(errorHandler);
  const headers = securityHeaders(options.indexHtml);
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(headers);
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  const snapshot = snapshots(options.db, options.shipped);
  await app.register(
    async (api) => {
      sessions(api, options.db);
      sessionRoutes(api, options.db, options.loginLimit ?? { max: 10, timeWindow: 60_000 });
      invitationRoutes(api, options.db, options.shipped);
      declarationRoutes(api, options.db, options.shipped, snapshot.published);
      initiativeRoutes(api, options.db, options.shipped, snapshot.published);
      adminRoutes(api, options.db);
      userRoutes(api, options.db, options.shipped);
      snapshotRoutes(api, snapshot.current);
      api.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not_found' }));
    },
    { prefix: '/api' },
  );
  if (options.distDir) await serveAtlas(app, options.distDir, options.indexHtml);
  return app;
}
