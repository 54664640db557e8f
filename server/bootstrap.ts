import { appendAudit } from './audit.ts';
import { hashPassword } from './auth/passwords.ts';
import type { Db } from './db/types.ts';

/**
 * The first admin, from REGISTER_ADMIN_EMAIL and REGISTER_ADMIN_PASSWORD, when there is no admin
 * yet. Returns whether one was made. Later starts leave accounts alone, whatever the variables say.
 */
export async function ensureFirstAdmin(db: Db, email: string | undefined, password: string | undefined) {
  if (!email || !password) return false;
  return db.transaction(async (tx) => {
    const [admin] = await tx.query("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1");
    if (admin) return false;
    const [user] = await tx.query<{ id: number }>(
      `INSERT INTO users (email, password_hash, role) VALUES ($1, $2, 'admin') RETURNING id`,
      [email.trim().toLowerCase(), await hashPassword(password)],
    );
    if (!user) throw new Error('INSERT returned no row');
    await appendAudit(tx, { actor: user.id, action: 'first_admin' });
    return true;
  });
}
