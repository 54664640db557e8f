import { sessionApi } from '../../src/contract/session.ts';
import type { Api } from '../api.ts';
import { appendAudit } from '../audit.ts';
import { checkPassword } from '../auth/passwords.ts';
import { ANYONE_SIGNED_IN, allow, clearSessionCookie, startSession, toUser } from '../auth/session.ts';
import type { Db } from '../db/types.ts';
import { type AccountLimit, type Limit, tooMany } from '../limits.ts';
import type { Role } from '../roles.ts';

/** Sign-in limits: attempts per client address, failures per account (limits.ts). */
export interface LoginLimits {
  perClient: Limit;
  perAccount: AccountLimit;
}

export function sessionRoutes(app: Api, db: Db, limits: LoginLimits) {
  app.post(
    '/session',
    { schema: sessionApi.signIn, config: { rateLimit: limits.perClient } },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      // Before any hashing: a blocked account costs nothing, and its right password is refused too.
      const wait = await limits.perAccount.blocked(email);
      if (wait !== undefined) return tooMany(reply, wait);
      const [row] = await db.query<{
        id: number;
        email: string;
        role: Role;
        municipalities: string[];
        password_hash: string;
        disabled: boolean;
      }>(
        'SELECT id, email, role, municipalities, password_hash, disabled_at IS NOT NULL AS disabled FROM users WHERE email = $1',
        [email],
      );
      // The same work and the same 401 whether or not the account exists.
      if (!(await checkPassword(row?.password_hash, request.body.password)) || !row) {
        // Audited either way (no e-mail kept for a non-account), so the work stays the same.
        await limits.perAccount.failed(email);
        await appendAudit(db, { actor: row?.id ?? null, action: 'login_failed' });
        return reply.code(401).send({ error: 'invalid_credentials' });
      }
      // Told only to whoever knows the password: a disabled account is no secret to its owner.
      if (row.disabled) return reply.code(403).send({ error: 'account_disabled' });
      await limits.perAccount.succeeded(email);
      const csrfToken = await startSession(db, request, reply, row.id);
      await db.query('UPDATE users SET last_login_at = now() WHERE id = $1', [row.id]);
      await appendAudit(db, { actor: row.id, action: 'login' });
      return { user: toUser(row), csrfToken };
    },
  );

  app.get('/session', { schema: sessionApi.session, preHandler: allow(...ANYONE_SIGNED_IN) }, async (request) => {
    const auth = request.auth;
    return auth ? { user: auth.user, csrfToken: auth.csrfToken } : {};
  });

  app.delete(
    '/session',
    { schema: sessionApi.signOut, preHandler: allow(...ANYONE_SIGNED_IN) },
    async (request, reply) => {
      const auth = request.auth;
      if (auth) {
        await db.query('DELETE FROM sessions WHERE id_hash = $1', [auth.sessionHash]);
        app.forgetSession(auth.sessionHash);
        await appendAudit(db, { actor: auth.user.id, action: 'logout' });
      }
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );
}
