import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  id: number;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
}

/** Where mails go: an SMTP server, or a folder of .eml files when there is none. */
export interface MailTransport {
  readonly kind: 'smtp' | 'folder';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface TransportOptions {
  /** smtp://user:pass@host:port or smtps://…; without it, mails go to `folder`. */
  smtpUrl?: string;
  from: string;
  folder: string;
  /** Where the folder transport tells about each mail and its links. */
  log?: (line: string) => void;
}

/** The headers every mail carries; the Message-ID names the outbox row, so a resend is recognisable. */
function message(mail: OutgoingMail, from: string) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: `<outbox-${mail.id}@livcr-register>`,
    headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
  };
}

/**
 * nodemailer: SMTP through a small pool of connections (a bulk invitation is hundreds of mails);
 * or its stream transport, which renders the same message to bytes that go to a file, so that
 * `npm run register` needs no mail server and still shows what would be sent.
 */
export function createTransport(options: TransportOptions): MailTransport {
  if (options.smtpUrl) {
    const url = new URL(options.smtpUrl);
    url.searchParams.set('pool', 'true');
    const smtp = nodemailer.createTransport(url.href);
    return {
      kind: 'smtp',
      send: async (mail) => {
        await smtp.sendMail(message(mail, options.from));
      },
      close: () => smtp.close(),
    };
  }
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let made: Promise<unknown> | undefined;
  return {
    kind: 'folder',
    send: async (mail) => {
      made ??= mkdir(options.folder, { recursive: true });
      await made;
      const info = await stream.sendMail(message(mail, options.from));
      const file = resolve(options.folder, `${String(mail.id).padStart(6, '0')}-${mail.kind}.eml`);
      await writeFile(file, info.message as Buffer);
      const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
      options.log?.(
        `mail ${mail.id} (${mail.kind}) to ${mail.to}: ${file}${links.length ? ` ${links.join(' ')}` : ''}`,
      );
    },
    close: () => stream.close(),
  };
}
