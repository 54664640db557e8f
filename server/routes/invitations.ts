import { invitationApi } from '../../src/contract/invitations.ts';
import { sessionApi } from '../../src/contract/session.ts';
import type { Api } from '../api.ts';
import { appendAudit } from '../audit.ts';
import { hashPassword } from '../auth/passwords.ts';
import { passwordProblem } from '../auth/policy.ts';
import { tokenHash } from '../auth/secrets.ts';
import { allow } from '../auth/session.ts';
import { bindingProblem } from '../binding.ts';
import { normalizeEmail } from '../bulkInvite.ts';
import type { ShippedData } from '../content.ts';
import type { Db } from '../db/types.ts';
import { INVITATION_DAYS, issueInvitations } from '../invite.ts';
import type { Limit } from '../limits.ts';
import { areaLanguage } from '../mail/language.ts';
import { MAY_INVITE, MODERATORS, type Role } from '../roles.ts';
import { invalid } from './errors.ts';

export function invitationRoutes(app: Api, db: Db, shipped: ShippedData, acceptLimit: Limit) {
  app.post(
    '/invitations',
    { preHandler: allow(...MODERATORS), schema: invitationApi.invite },
    async (request, reply) => {
      const actor = request.auth?.user;
      if (!actor) return reply.code(401).send({ error: 'unauthenticated' });
      const { role, municipalities = [] } = request.body;
      if (!MAY_INVITE[actor.role].includes(role)) return reply.code(403).send({ error: 'forbidden' });
      // An editor is bound to municipalities that exist today; other roles to none.
      const problem = bindingProblem(role, municipalities, shipped);
      if (problem) return invalid(reply, 'municipalities', problem.code, problem.value);
      const email = request.body.email ? normalizeEmail(request.body.email) : null;
      if (email && (await db.query('SELECT 1 FROM users WHERE email = $1', [email])).length > 0) {
        return reply.code(409).send({ error: 'email_taken', field: 'email' });
      }
      const language = request.body.language ?? areaLanguage(shipped.context.municipality.get(municipalities[0] ?? ''));
      const links = app.mail.links(request);
      const [issued] = await db.transaction((tx) =>
        issueInvitations(tx, app.mail, links, actor.id, [{ email, role, municipalities, language }]),
      );
      app.mail.sent();
      // Shown once: only its hash is kept. The atlas's page takes it from the query string.
      return reply.code(201).send({
        id: issued?.id ?? 0,
        url: links.invitation(issued?.token ?? ''),
        expiresInDays: INVITATION_DAYS,
        mailed: !!email,
      });
    },
  );

  app.post(
    '/invitations/:token/accept',
    // Unauthenticated and hashing: limited per client like the sign-in.
    { config: { rateLimit: acceptLimit }, schema: sessionApi.accept },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      const weak = passwordProblem(request.body.password, email);
      if (weak) return invalid(reply, 'password', weak);
      const token = tokenHash(request.params.token);
      // The token before the hash: a bogus token costs one indexed read, not an argon2 run. The
      // transaction below checks it again, locked, for the accept that races this one.
      const [open] = await db.query(
        'SELECT 1 FROM invitations WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now()',
        [token],
      );
      if (!open) return reply.code(404).send({ error: 'invitation_not_found' });
      const passwordHash = await hashPassword(request.body.password);
      const result = await db
        .transaction(async (tx) => {
          // The token first (locked, so that a racing accept waits), so that without one nobody
          // learns whether an e-mail has an account; a taken e-mail leaves the invitation usable.
          const [invitation] = await tx.query<{
            role: Role;
            municipalities: string[];
            email: string | null;
            language: string | null;
          }>(
            `SELECT role, municipalities, email, language FROM invitations
            WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now() FOR UPDATE`,
            [token],
          );
          if (!invitation) return 'gone' as const;
          // An invitation mailed to an address makes that address's account, no other.
          if (invitation.email && invitation.email !== email) return 'other_email' as const;
          const [taken] = await tx.query('SELECT 1 FROM users WHERE email = $1', [email]);
          if (taken) return 'taken' as const;
          // Conditional: of two accepts racing on one token, only one finds it open.
          const spent = await tx.query(
            'UPDATE invitations SET accepted_at = now() WHERE token_hash = $1 AND accepted_at IS NULL RETURNING 1',
            [token],
          );
          if (spent.length === 0) return 'gone' as const;
          const [user] = await tx.query<{ id: number }>(
            `INSERT INTO users (email, password_hash, role, municipalities, language)
             VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING id`,
            [email, passwordHash, invitation.role, JSON.stringify(invitation.municipalities), invitation.language],
          );
          if (!user) throw new Error('INSERT returned no row');
          await tx.query('UPDATE invitations SET accepted_by = $1 WHERE token_hash = $2', [user.id, token]);
          await appendAudit(tx, { actor: user.id, action: 'accept', detail: { role: invitation.role } });
          return { id: user.id, role: invitation.role, municipalities: invitation.municipalities };
        })
        .catch((error: unknown) => {
          // Two invitations accepted at once with one e-mail: the unique index decides.
          if ((error as { code?: string }).code === '23505') return 'taken' as const;
          throw error;
        });
      if (result === 'gone') return reply.code(404).send({ error: 'invitation_not_found' });
      if (result === 'other_email') return invalid(reply, 'email', 'not_invited_email');
      if (result === 'taken') return reply.code(409).send({ error: 'email_taken', field: 'email' });
      return reply.code(201).send({ user: { ...result, email } });
    },
  );
}
