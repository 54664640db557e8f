import { mailDe } from './de.ts';
import { mailEn } from './en.ts';
import { mailFr } from './fr.ts';
import { mailNl } from './nl.ts';
import type { MailLanguage, MailTexts } from './types.ts';

export const MAIL_TEXTS: Record<MailLanguage, MailTexts> = { nl: mailNl, fr: mailFr, de: mailDe, en: mailEn };
export * from './types.ts';
