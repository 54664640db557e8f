import type { Municipality } from '../../src/domain/atlas.ts';
import { placeName } from '../../src/i18n/content.ts';
import { formatDay } from '../../src/i18n/format.ts';
import { MAIL_TEXTS, type MailKind, type MailLanguage } from './texts/index.ts';

export interface MailParams {
  /** NIS codes, named in the recipient's language. */
  municipalities?: readonly string[];
  role?: 'admin' | 'moderator' | 'editor';
  reason?: string;
  expires?: Date;
  /** A day, YYYY-MM-DD. */
  date?: string;
  link?: string;
}

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A subject is one line: a reason or a name never breaks into the headers. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();

/**
 * One mail in plain text and in HTML, from the recipient language's words. Parameters are text
 * (a rejection's reason is a moderator's words): escaped in the HTML, never markup. The HTML has
 * no images, no styles from elsewhere and no tracking; the link is also written out in full.
 */
export function renderMail(
  kind: MailKind,
  language: MailLanguage,
  params: MailParams,
  municipality: (nis: string) => Municipality | undefined,
): Rendered {
  const words = MAIL_TEXTS[language];
  const template = words.mails[kind];
  const values: Record<string, string> = {
    municipalities: (params.municipalities ?? [])
      .map((nis) => {
        const m = municipality(nis);
        return m ? placeName(m, language) : nis;
      })
      .join(', '),
    role: params.role ? words.roles[params.role] : '',
    reason: params.reason ?? '',
    expires: params.expires ? formatDay(params.expires, language) : '',
    date: params.date ? formatDay(new Date(`${params.date}T00:00:00Z`), language) : '',
  };
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
  const paragraphs = template.paragraphs.map(fill);
  const link = template.action && params.link ? { label: template.action, href: params.link } : undefined;
  const text = [...paragraphs, ...(link ? [`${link.label}:\n${link.href}`] : []), `--\n${words.footer}`].join('\n\n');
  const html = [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(oneLine(fill(template.subject)))}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;max-width:40em">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(link
      ? [
          `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`,
          `<p style="font-size:small">${escapeHtml(link.href)}</p>`,
        ]
      : []),
    `<hr><p style="font-size:small">${escapeHtml(words.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: oneLine(fill(template.subject)), text, html };
}
