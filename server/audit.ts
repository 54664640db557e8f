import type { Queryable } from './db/types.ts';

export type AuditAction =
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'first_admin'
  | 'invitation'
  | 'accept'
  | 'role_change'
  | 'declaration'
  | 'approval'
  | 'rejection'
  // Issue 22: invitations by mail, password resets, disabled accounts, access requests, reminders.
  | 'invitation_resent'
  | 'invitation_renewed'
  | 'invitation_revoked'
  | 'password_reset_requested'
  | 'password_reset'
  | 'account_disabled'
  | 'account_enabled'
  | 'access_requested'
  | 'access_confirmed'
  | 'access_approved'
  | 'access_rejected'
  | 'reminder'
  // Initiatives (routes/initiatives.ts).
  | 'initiative_declaration'
  | 'initiative_approval'
  | 'initiative_rejection'
  | 'initiative_archive'
  | 'initiative_confirmation';

/** Appends one audit row; in the same transaction as the write it records, where there is one. */
export async function appendAudit(
  db: Queryable,
  entry: { actor: number | null; action: AuditAction; subject?: string; detail?: Record<string, unknown> },
): Promise<void> {
  await db.query('INSERT INTO audit (actor, action, subject, detail) VALUES ($1, $2, $3, $4::jsonb)', [
    entry.actor,
    entry.action,
    entry.subject ?? null,
    JSON.stringify(entry.detail ?? {}),
  ]);
}
