import { adminApi } from '../../src/contract/admin.ts';
import { type Api, isoOrNull } from '../api.ts';
import { appendAudit } from '../audit.ts';
import { allow, toUser } from '../auth/session.ts';
import { bindingProblem } from '../binding.ts';
import type { ShippedData } from '../content.ts';
import type { Db } from '../db/types.ts';
import type { Role } from '../roles.ts';
import { invalid } from './errors.ts';

/** Admins list accounts and change a role or an editor's municipalities; each change is audited. */
export function userRoutes(app: Api, db: Db, shipped: ShippedData) {
  app.get('/users', { preHandler: allow('admin'), schema: adminApi.users }, async () => ({
    users: (
      await db.query<{
        id: number;
        email: string;
        role: Role;
        municipalities: string[];
        last_login_at: Date | null;
        disabled: boolean;
      }>(
        `SELECT id, email, role, municipalities, last_login_at, disabled_at IS NOT NULL AS disabled
           FROM users ORDER BY id`,
      )
    ).map((row) => ({ ...toUser(row), lastLoginAt: isoOrNull(row.last_login_at), disabled: row.disabled })),
  }));

  // The body is an invitation's: a role, and an editor's municipalities.
  app.post('/users/:id/role', { preHandler: allow('admin'), schema: adminApi.role }, async (request, reply) => {
    const { role, municipalities = [] } = request.body;
    const problem = bindingProblem(role, municipalities, shipped);
    if (problem) return invalid(reply, 'municipalities', problem.code, problem.value);
    const id = Number(request.params.id);
    // An admin cannot demote themselves: the register would risk having no admin left.
    if (id === request.auth?.user.id) return invalid(reply, 'id', 'own_account');
    const changed = await db.transaction(async (tx) => {
      // The register keeps an admin: the admins' rows are locked (in id order, so two demotions
      // racing queue up), and the second of two admins demoting each other finds one admin left.
      if (role !== 'admin') {
        const admins = await tx.query<{ id: number }>(
          "SELECT id FROM users WHERE role = 'admin' ORDER BY id FOR UPDATE",
        );
        if (admins.some((a) => a.id === id) && admins.length <= 1) return 'last_admin' as const;
      }
      const [user] = await tx.query<{ id: number; email: string; role: Role; municipalities: string[] }>(
        `UPDATE users SET role = $2, municipalities = $3::jsonb WHERE id = $1
           RETURNING id, email, role, municipalities`,
        [id, role, JSON.stringify(municipalities)],
      );
      if (!user) return undefined;
      // Sessions carry the role they were opened with: the account signs in again.
      await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
      await appendAudit(tx, {
        actor: request.auth?.user.id ?? null,
        action: 'role_change',
        subject: String(id),
        detail: { role, municipalities },
      });
      return toUser(user);
    });
    if (!changed) return reply.code(404).send({ error: 'not_found' });
    if (changed === 'last_admin') return reply.code(409).send({ error: 'last_admin' });
    app.forgetUser(id);
    return { user: changed };
  });
}
