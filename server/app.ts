import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { sessions } from './auth/session.ts';
import type { ShippedData } from './content.ts';
import type { Db } from './db/types.ts';
import { securityHeaders } from './headers.ts';
import { type MailOptions, startMail } from './mail/index.ts';
import { type AccessLimit, accessRoutes } from './routes/access.ts';
import { accountRoutes, type ResetLimit } from './routes/account.ts';
import { adminRoutes } from './routes/admin.ts';
import { declarationRoutes } from './routes/declarations.ts';
import { errorHandler } from './routes/errors.ts';
import { invitationAdminRoutes } from './routes/invitationAdmin.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { outreachRoutes } from './routes/outreach.ts';
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
  /** Password-reset requests per client (each account also gets at most 3 reset mails an hour). */
  resetLimit?: ResetLimit;
  /** Access requests and their confirmations per client. */
  accessLimit?: AccessLimit;
  logger?: boolean;
  /** SMTP, or the .eml folder (server/mail). */
  mail?: MailOptions;
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
  const mail = startMail(options.db, options.shipped, options.mail ?? {}, (line) => app.log.info(line));
  app.decorate('mail', mail);
  app.addHook('onClose', () => mail.stop());
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  const snapshot = snapshots(options.db, options.shipped);
  await app.register(
    async (api) => {
      sessions(api, options.db);
      sessionRoutes(api, options.db, options.loginLimit ?? { max: 10, timeWindow: 60_000 });
      invitationRoutes(api, options.db, options.shipped);
      invitationAdminRoutes(api, options.db, options.shipped);
      accountRoutes(api, options.db, options.resetLimit ?? { max: 10, timeWindow: 15 * 60_000 });
      outreachRoutes(api, options.db, options.shipped);
      accessRoutes(api, options.db, options.shipped, options.accessLimit ?? { max: 5, timeWindow: 15 * 60_000 });
      declarationRoutes(api, options.db, options.shipped, snapshot.published);
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
