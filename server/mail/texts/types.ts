import { MAIL_LANGUAGES, type MailLanguage } from '../../../src/contract/vocabulary.ts';

/** The mails the register sends; each has a subject, paragraphs and, mostly, one link. */
export const MAIL_KINDS = [
  'invitation',
  'invitation_reminder',
  'declare_reminder',
  'password_reset',
  'access_confirm',
  'access_rejected',
  'declaration_approved',
  'declaration_rejected',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export { MAIL_LANGUAGES, type MailLanguage };
export const isMailLanguage = (value: unknown): value is MailLanguage =>
  typeof value === 'string' && (MAIL_LANGUAGES as readonly string[]).includes(value);

/** One mail's words: {{name}} marks a parameter, filled in as plain text. */
export interface MailText {
  subject: string;
  paragraphs: string[];
  /** The link's label; a mail without one has no link. */
  action?: string;
}

export interface MailTexts {
  mails: Record<MailKind, MailText>;
  roles: Record<'admin' | 'moderator' | 'editor', string>;
  /** Closes every mail: who sends it, and that nothing in it tracks the reader. */
  footer: string;
}
