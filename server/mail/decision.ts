import type { Queryable } from '../db/types.ts';
import type { Mail } from './index.ts';
import type { Links } from './links.ts';
import { isMailLanguage } from './texts/index.ts';

/**
 * The mail that tells a declarer the decision on their declaration, in the caller's transaction:
 * the reason when rejected, and a link to the municipality in the atlas. One per declaration.
 */
export async function queueDecisionMail(
  tx: Queryable,
  mail: Mail,
  links: Links,
  declaration: { id: number; nis: string; declared_by: number; cell: { municipalities?: string } },
  decision: { approved: true; date: string } | { approved: false; reason: string },
): Promise<void> {
  const [declarer] = await tx.query<{ email: string; language: string | null }>(
    'SELECT email, language FROM users WHERE id = $1 AND disabled_at IS NULL',
    [declaration.declared_by],
  );
  if (!declarer) return;
  const language = isMailLanguage(declarer.language) ? declarer.language : 'en';
  const municipalities = (declaration.cell.municipalities ?? declaration.nis).split('|').filter(Boolean);
  const kind = decision.approved ? 'declaration_approved' : 'declaration_rejected';
  await mail.queue(tx, [
    mail.compose(kind, declarer.email, language, `decision:${declaration.id}`, {
      municipalities,
      link: links.municipality(declaration.nis, language),
      ...(decision.approved ? { date: decision.date } : { reason: decision.reason }),
    }),
  ]);
}
