import { reachApi } from '../../src/contract/reach.ts';
import type { Api } from '../api.ts';
import { appendAudit } from '../audit.ts';
import { hashPassword } from '../auth/passwords.ts';
import { passwordProblem } from '../auth/policy.ts';
import { randomToken, tokenHash } from '../auth/secrets.ts';
import { allow } from '../auth/session.ts';
import { normalizeEmail } from '../bulkInvite.ts';
import type { Db } from '../db/types.ts';
import type { Links } from '../mail/links.ts';
import { isMailLanguage, type MailLanguage } from '../mail/texts/index.ts';
import { invalid } from './errors.ts';

const RESET_MINUTES = 60;
/** Reset mails one account may get per hour, whoever asks: a flood of requests is not a flood of mail. */
const RESETS_PER_HOUR = 3;

export interface ResetLimit {
  max: number;
  timeWindow: number;
}

/**
 * Password reset and disabled accounts. A reset request always gets the same 202, at once: the
 * lookup, the token and the mail happen after the answer, so neither its words nor its timing
 * say whether the account exists. The reset ends every session of the account.
 */
export function accountRoutes(app: Api, db: Db, limit: ResetLimit) {
  async function requestReset(email: string, asked: MailLanguage | undefined, links: Links) {
    await db.transaction(async (tx) => {
      // The account's row is locked first; the count, a statement of its own, then sees the
      // resets of requests that held the lock before (READ COMMITTED takes a snapshot per statement).
      const [user] = await tx.query<{ id: number; language: string | null }>(
        'SELECT id, language FROM users WHERE email = $1 AND disabled_at IS NULL FOR UPDATE',
        [email],
      );
      if (!user) return;
      const [recent] = await tx.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM password_resets
          WHERE user_id = $1 AND created_at > now() - interval '1 hour'`,
        [user.id],
      );
      if ((recent?.n ?? 0) >= RESETS_PER_HOUR) return;
      const token = randomToken();
      await tx.query(
        `INSERT INTO password_resets (token_hash, user_id, expires_at)
         VALUES ($1, $2, now() + make_interval(mins => $3))`,
        [tokenHash(token), user.id, RESET_MINUTES],
      );
      const language = isMailLanguage(user.language) ? user.language : (asked ?? 'en');
      await app.mail.queue(tx, [
        app.mail.compose('password_reset', email, language, `reset:${tokenHash(token)}`, { link: links.reset(token) }),
      ]);
      await appendAudit(tx, { actor: user.id, action: 'password_reset_requested' });
    });
    app.mail.sent();
  }

  app.post(
    '/password-reset',
    { config: { rateLimit: limit }, schema: reachApi.forgotPassword },
    async (request, reply) => {
      const links = app.mail.links(request);
      const email = normalizeEmail(request.body.email);
      setImmediate(() => {
        requestReset(email, request.body.language, links).catch((error: unknown) => request.log.error(error));
      });
      return reply.code(202).send({ ok: true as const });
    },
  );

  app.post(
    '/password-reset/:token',
    { config: { rateLimit: limit }, schema: reachApi.resetPassword },
    async (request, reply) => {
      // The token before the hash (a bogus one costs an indexed read, not an argon2 run), and the
      // password rule of every account (auth/policy.ts), which needs the account's e-mail.
      const [pending] = await db.query<{ email: string }>(
        `SELECT u.email FROM password_resets r JOIN users u ON u.id = r.user_id
          WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now()`,
        [tokenHash(request.params.token)],
      );
      if (!pending) return reply.code(404).send({ error: 'reset_not_found' });
      const weak = passwordProblem(request.body.password, pending.email);
      if (weak) return invalid(reply, 'password', weak);
      const passwordHash = await hashPassword(request.body.password);
      const userId = await db.transaction(async (tx) => {
        const [reset] = await tx.query<{ user_id: number }>(
          `UPDATE password_resets SET used_at = now()
            WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
          [tokenHash(request.params.token)],
        );
        if (!reset) return undefined;
        const [user] = await tx.query(
          'UPDATE users SET password_hash = $2 WHERE id = $1 AND disabled_at IS NULL RETURNING 1',
          [reset.user_id, passwordHash],
        );
        if (!user) return undefined;
        // The other links the account was mailed stop working, and so does every session.
        await tx.query('UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [
          reset.user_id,
        ]);
        await tx.query('DELETE FROM sessions WHERE user_id = $1', [reset.user_id]);
        await appendAudit(tx, { actor: reset.user_id, action: 'password_reset' });
        return reset.user_id;
      });
      if (userId === undefined) return reply.code(404).send({ error: 'reset_not_found' });
      app.forgetUser(userId);
      return { ok: true as const };
    },
  );

  for (const action of ['disable', 'enable'] as const) {
    app.post(
      `/users/:id/${action}`,
      { preHandler: allow('admin'), schema: reachApi[action] },
      async (request, reply) => {
        const id = Number(request.params.id);
        // An admin cannot lock themselves out: the register would risk having no admin left.
        if (id === request.auth?.user.id) return invalid(reply, 'id', 'own_account');
        const changed = await db.transaction(async (tx) => {
          const [user] = await tx.query(
            action === 'disable'
              ? 'UPDATE users SET disabled_at = now() WHERE id = $1 AND disabled_at IS NULL RETURNING 1'
              : 'UPDATE users SET disabled_at = NULL WHERE id = $1 AND disabled_at IS NOT NULL RETURNING 1',
            [id],
          );
          if (!user) return false;
          if (action === 'disable') await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
          await appendAudit(tx, {
            actor: request.auth?.user.id ?? null,
            action: action === 'disable' ? 'account_disabled' : 'account_enabled',
            subject: String(id),
          });
          return true;
        });
        if (!changed)
          return reply.code(409).send({ error: action === 'disable' ? 'already_disabled' : 'not_disabled' });
        app.forgetUser(id);
        return { ok: true as const };
      },
    );
  }
}
