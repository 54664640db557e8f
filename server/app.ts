import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { sessions } from './auth/session.ts';
import type { ShippedData } from './content.ts';
import { WriteHealth } from './db/resilience.ts';
import type { Db } from './db/types.ts';
import { guards } from './guards.ts';
import { securityHeaders } from './headers.ts';
import { AccountLimit, HASHING_LIMIT, type Limit } from './limits.ts';
import { type MailOptions, startMail } from './mail/index.ts';
import { DEFAULT_PUBLIC_URL } from './mail/links.ts';
import { type LogTarget, loggerOptions } from './redact.ts';
import { accessRoutes } from './routes/access.ts';
import { accountRoutes } from './routes/account.ts';
import { adminRoutes } from './routes/admin.ts';
import { declarationRoutes } from './routes/declarations.ts';
import { errorHandler, invalid } from './routes/errors.ts';
import { healthRoutes } from './routes/health.ts';
import { initiativeRoutes } from './routes/initiatives.ts';
import { invitationAdminRoutes } from './routes/invitationAdmin.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { documentRoutes, openapiRoute } from './routes/openapi.ts';
import { outreachRoutes } from './routes/outreach.ts';
import { sessionRoutes } from './routes/session.ts';
import { snapshotRoutes } from './routes/snapshot.ts';
import { userRoutes } from './routes/users.ts';
import { snapshots } from './snapshot.ts';
import { serveAtlas } from './static.ts';
import { badText } from './text.ts';

export interface RegisterOptions {
  db: Db;
  shipped: ShippedData;
  /** index.html as served (its CSP goes into the headers). */
  indexHtml: string;
  /** The built atlas; without it only /api is served. */
  distDir?: string;
  /**
   * Behind a reverse proxy: believe X-Forwarded-Proto/-For from this many hops, or from these
   * addresses (limits.ts trustProxyOf): Secure cookies, rate limits per client.
   */
  trustProxy?: number | readonly string[];
  loginLimit?: Limit;
  /**
   * The register's public URL (REGISTER_PUBLIC_URL): invitation links and the Origin writes must
   * come from. Without it links point to http://localhost and writes must come from their Host.
   */
  publicUrl?: string;
  /** Pending declarations per editor and municipality (declare.ts PENDING_CAP). */
  pendingCap?: number;
  /** Failed sign-ins per account (limits.ts ACCOUNT_LIMIT). */
  accountLimit?: Limit;
  /** Password-reset requests per client (each account also gets at most 3 reset mails an hour). */
  resetLimit?: Limit;
  /** Access requests and their confirmations per client. */
  accessLimit?: Limit;
  /** The log (redacted, redact.ts): stdout when true, a stream, or none. */
  logger?: LogTarget;
  /** SMTP, or the .eml folder (server/mail). */
  mail?: MailOptions;
  /** Sees each route as it is registered (the test of the OpenAPI document's coverage). */
  onRoute?: (route: RouteOptions) => void;
}

/** Every request body is JSON and small; a declaration's note is at most 10 000 characters. */
export const BODY_LIMIT = 64 * 1024;

/**
 * Never `true`: Fastify would then take the leftmost X-Forwarded-For entry, which the client
 * writes. A hop count trusts the nearest `n` addresses (the register must then be reachable only
 * through its proxy: it listens on 127.0.0.1 by default); Fastify's own number option trusts none.
 */
const trustedProxies = (trust: RegisterOptions['trustProxy']) => {
  if (typeof trust === 'number') return (_address: string, hop: number) => hop < trust;
  return trust?.length ? [...trust] : false;
};

export async function buildRegister(options: RegisterOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logger),
    trustProxy: trustedProxies(options.trustProxy),
    bodyLimit: BODY_LIMIT,
    // Wrong types are refused, not coerced ("1" stays a string, 1 is no string), and unknown
    // properties are refused rather than silently dropped.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  const health = new WriteHealth();
  app.setErrorHandler(errorHandler(health));
  const headers = securityHeaders(options.indexHtml);
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(headers);
  });
  // Unstorable text (NUL, lone surrogates) is refused before any route sees it.
  app.addHook('preValidation', async (request, reply) => {
    const bad = badText(request.body);
    if (bad) return invalid(reply, bad.field, bad.code);
  });
  // Every link the register hands out starts from the configured public URL, never from the request.
  const publicUrl = options.publicUrl ?? DEFAULT_PUBLIC_URL;
  const mail = startMail(options.db, options.shipped, { ...options.mail, publicUrl }, (line) => app.log.info(line));
  app.decorate('mail', mail);
  app.addHook('onClose', () => mail.stop());
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await documentRoutes(app);
  const snapshot = snapshots(options.db, options.shipped);
  await app.register(
    async (plain) => {
      // Each route's schema types its handler (src/contract, server/api.ts).
      const api = plain.withTypeProvider<TypeBoxTypeProvider>();
      guards(api, options.publicUrl);
      sessions(api, options.db);
      sessionRoutes(api, options.db, {
        perClient: options.loginLimit ?? HASHING_LIMIT,
        perAccount: new AccountLimit(options.db, options.accountLimit),
      });
      invitationRoutes(api, options.db, options.shipped, options.loginLimit ?? HASHING_LIMIT);
      invitationAdminRoutes(api, options.db, options.shipped);
      accountRoutes(api, options.db, options.resetLimit ?? { max: 10, timeWindow: 15 * 60_000 });
      outreachRoutes(api, options.db, options.shipped);
      accessRoutes(api, options.db, options.shipped, options.accessLimit ?? { max: 5, timeWindow: 15 * 60_000 });
      declarationRoutes(api, options.db, options.shipped, snapshot.published, options.pendingCap);
      initiativeRoutes(api, options.db, options.shipped, snapshot.published, options.pendingCap);
      adminRoutes(api, options.db);
      healthRoutes(api, options.db, health);
      userRoutes(api, options.db, options.shipped);
      snapshotRoutes(api, snapshot.current);
      openapiRoute(api, app);
      api.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not_found' }));
    },
    { prefix: '/api' },
  );
  // Fastify's own 404 logs the URL as it came, secrets and all (redact.ts).
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not_found' }));
  if (options.distDir)
    await serveAtlas(app, options.distDir, options.indexHtml, { current: snapshot.current, shipped: options.shipped });
  return app;
}
