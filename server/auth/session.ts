import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/types.ts';
import type { Role, User } from '../roles.ts';
import { randomToken, sameSecret, tokenHash } from './secrets.ts';

export const SESSION_COOKIE = 'livcr_session';
const SESSION_HOURS = 12;

export interface Auth {
  user: User;
  csrfToken: string;
  sessionHash: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyInstance {
    /** Drops a signed-out session from the in-memory cache (PGlite). */
    forgetSession(hash: string): void;
    /** Drops an account's sessions from it, after a role change. */
    forgetUser(id: number): void;
  }
}

type UserRow = { id: number; email: string; role: Role; municipalities: string[] };
export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  role: row.role,
  municipalities: row.municipalities,
});

const CACHED_SESSIONS = 10_000;

/**
 * Reads the session cookie, if any, into request.auth; an unknown or expired id is no session.
 * On PGlite, whose folder only this process opens, sessions found are also kept in memory (until
 * they expire or sign out here): a write then costs one query, not two.
 */
export function sessions(app: FastifyInstance, db: Db) {
  const cache = db.kind === 'pglite' ? new Map<string, { auth: Auth; until: number }>() : undefined;
  app.decorateRequest('auth', null);
  app.decorate('forgetSession', (hash: string) => cache?.delete(hash));
  app.decorate('forgetUser', (id: number) => {
    for (const [hash, kept] of cache ?? []) if (kept.auth.user.id === id) cache?.delete(hash);
  });
  app.addHook('onRequest', async (request) => {
    const id = request.cookies[SESSION_COOKIE];
    if (!id) return;
    const hash = tokenHash(id);
    const kept = cache?.get(hash);
    if (kept && kept.until > Date.now()) {
      request.auth = kept.auth;
      return;
    }
    const [row] = await db.query<UserRow & { csrf_token: string; until: Date }>(
      `SELECT u.id, u.email, u.role, u.municipalities, s.csrf_token, s.expires_at AS until
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [hash],
    );
    if (!row) return;
    request.auth = { user: toUser(row), csrfToken: row.csrf_token, sessionHash: hash };
    if (cache && cache.size >= CACHED_SESSIONS) cache.clear();
    cache?.set(hash, { auth: request.auth, until: new Date(row.until).getTime() });
  });
}

/** A new session for a user: the cookie holds a random id; the table only its hash. */
export async function startSession(db: Db, request: FastifyRequest, reply: FastifyReply, userId: number) {
  const id = randomToken();
  const csrfToken = randomToken();
  // Expired sessions sign no one in; sweeping them at each sign-in keeps the table small.
  await db.query('DELETE FROM sessions WHERE expires_at < now()');
  await db.query(
    `INSERT INTO sessions (id_hash, user_id, csrf_token, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
    [tokenHash(id), userId, csrfToken, SESSION_HOURS],
  );
  reply.setCookie(SESSION_COOKIE, id, {
    path: '/api',
    httpOnly: true,
    sameSite: 'strict',
    // request.protocol follows X-Forwarded-Proto only with trustProxy (behind a reverse proxy).
    secure: request.protocol === 'https',
    maxAge: SESSION_HOURS * 3600,
  });
  return csrfToken;
}

export const clearSessionCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/api' });

/**
 * A route's guard: anonymous → 401, a role not in `roles` → 403, and a cookie-authenticated
 * write without the session's x-csrf-token → 403.
 */
export const allow =
  (...roles: Role[]) =>
  async (request: FastifyRequest, reply: FastifyReply) => {
    const auth = request.auth;
    if (!auth) return reply.code(401).send({ error: 'unauthenticated' });
    if (!roles.includes(auth.user.role)) return reply.code(403).send({ error: 'forbidden' });
    const header = request.headers['x-csrf-token'];
    if (request.method !== 'GET' && !sameSecret(typeof header === 'string' ? header : undefined, auth.csrfToken)) {
      return reply.code(403).send({ error: 'csrf' });
    }
  };

export const ANYONE_SIGNED_IN: Role[] = ['admin', 'moderator', 'editor'];
