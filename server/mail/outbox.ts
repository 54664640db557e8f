import type { Queryable } from '../db/types.ts';
import type { Rendered } from './render.ts';
import type { MailKind, MailLanguage } from './texts/index.ts';

export interface QueuedMail extends Rendered {
  /** The event the mail announces: one event never queues two mails (the key is unique). */
  eventKey: string;
  kind: MailKind;
  to: string;
  language: MailLanguage;
}

/**
 * Writes mails to the outbox, in the caller's transaction: the mail exists if and only if what
 * it announces was committed. One statement for any number of mails (a bulk invitation's 565).
 * Returns how many were new; a key already queued is left as it is.
 */
export async function queueMails(tx: Queryable, mails: readonly QueuedMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const rows = await tx.query(
    `INSERT INTO outbox (event_key, kind, recipient, language, subject, body_text, body_html)
     SELECT e->>'eventKey', e->>'kind', e->>'to', e->>'language', e->>'subject', e->>'text', e->>'html'
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t (e, n) ORDER BY n
     ON CONFLICT (event_key) DO NOTHING RETURNING id`,
    [JSON.stringify(mails)],
  );
  return rows.length;
}
