import { resolve } from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { ShippedData } from '../content.ts';
import type { Db } from '../db/types.ts';
import { linksFor } from './links.ts';
import { type QueuedMail, queueMails } from './outbox.ts';
import { type MailParams, renderMail } from './render.ts';
import { type SenderOptions, startSender } from './sender.ts';
import type { MailKind, MailLanguage } from './texts/index.ts';
import { createTransport } from './transport.ts';

export interface MailOptions {
  /** SMTP_URL; without it mails are written to `folder` as .eml files. */
  smtpUrl?: string;
  /** MAIL_FROM. */
  from?: string;
  /** Default .register-data/mail. */
  folder?: string;
  /** REGISTER_PUBLIC_URL: the atlas's address in links, behind a proxy. */
  publicUrl?: string;
  sender?: SenderOptions;
}

export interface Mail {
  readonly transport: 'smtp' | 'folder';
  /** A mail ready for the outbox: rendered now, in the recipient's language. */
  compose(kind: MailKind, to: string, language: MailLanguage, eventKey: string, params: MailParams): QueuedMail;
  /** Writes mails in the caller's transaction; call sent() once it has committed. */
  queue(tx: Parameters<typeof queueMails>[0], mails: readonly QueuedMail[]): Promise<number>;
  /** Committed: deliver now. */
  sent(): void;
  links(request: FastifyRequest): ReturnType<typeof linksFor>;
  idle(): Promise<void>;
  stop(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    mail: Mail;
  }
}

export const DEFAULT_FROM = 'LIVC-R register <register@localhost>';

export function startMail(db: Db, shipped: ShippedData, options: MailOptions, log?: (line: string) => void): Mail {
  const transport = createTransport({
    ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
    from: options.from ?? DEFAULT_FROM,
    folder: options.folder ?? resolve(import.meta.dirname, '../../.register-data/mail'),
    ...(log ? { log } : {}),
  });
  const sender = startSender(db, transport, { ...(log ? { log } : {}), ...options.sender });
  const municipality = (nis: string) => shipped.context.municipality.get(nis);
  return {
    transport: transport.kind,
    compose: (kind, to, language, eventKey, params) => ({
      eventKey,
      kind,
      to,
      language,
      ...renderMail(kind, language, params, municipality),
    }),
    queue: queueMails,
    sent: sender.wake,
    links: (request) => linksFor(request, options.publicUrl),
    idle: sender.idle,
    stop: sender.stop,
  };
}
