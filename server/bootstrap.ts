import { appendAudit } from './audit.ts';
import { hashPassword } from './auth/passwords.ts';
import { passwordProblem } from './auth/policy.ts';
import { REGISTER_LOCK } from './db/migrate.ts';
import type { Db } from './db/types.ts';

const POLICY = 'at least 12 characters, not mostly one character, not the e-mail, not a common password.';

/**
 * The first admin, from REGISTER_ADMIN_EMAIL and REGISTER_ADMIN_PASSWORD, when there is no admin
 * yet. Returns whether one was made. Later starts leave accounts alone, whatever the variables say.
 * Never crashes on an existing account: when the register has no admin and the e-mail already has
 * an account, that account is made admin (its password unchanged). Two processes starting together
 * on one PostgreSQL database make one admin (the advisory lock).
 */
export async function ensureFirstAdmin(db: Db, email: string | undefined, password: string | undefined) {
  if (!email || !password) return false;
  const address = email.trim().toLowerCase();
  // A register with an admin is left alone, whatever the variables say (a weak password too).
  if ((await db.query("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1")).length > 0) return false;
  const weak = passwordProblem(password, address);
  if (weak) throw new Error(`REGISTER_ADMIN_PASSWORD is refused (${weak}): ${POLICY}`);
  // Hashed outside the transaction: argon2 takes a while, the lock should not.
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [REGISTER_LOCK]);
    const [admin] = await tx.query("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1");
    if (admin) return false;
    const [user] = await tx.query<{ id: number; created: boolean }>(
      `INSERT INTO users (email, password_hash, role) VALUES ($1, $2, 'admin')
       ON CONFLICT (email) DO UPDATE SET role = 'admin', municipalities = '[]'
       RETURNING id, (xmax = 0) AS created`,
      [address, passwordHash],
    );
    if (!user) throw new Error('INSERT returned no row');
    await appendAudit(tx, {
      actor: user.id,
      action: 'first_admin',
      ...(user.created ? {} : { detail: { promoted: true } }),
    });
    return true;
  });
}
