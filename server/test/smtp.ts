import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
  messageId: string;
  /** The first link to the atlas in the text. */
  link: string;
}

/**
 * An SMTP server in the test's process (smtp-server), keeping what it receives, parsed with
 * mailparser. It can be stopped and started again on the same port, as a mail server that goes
 * down during a bulk invitation.
 */
export async function startSmtp() {
  const received: Received[] = [];
  let server: SMTPServer | undefined;
  let port = 0;
  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Stopping drops open connections at once, as a mail server that goes down does.
      closeTimeout: 200,
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (mail) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address).join(','),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              language: String(mail.headers.get('content-language') ?? ''),
              messageId: mail.messageId ?? '',
              link: /https?:\/\/\S+/.exec(mail.text ?? '')?.[0] ?? '',
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    const s = server;
    await new Promise<void>((resolve) => s.listen(port, '127.0.0.1', resolve));
    port = (s.server.address() as AddressInfo).port;
  };
  await listen();
  return {
    received,
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    to: (email: string) => received.filter((m) => m.to === email),
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    start: listen,
  };
}
export type Smtp = Awaited<ReturnType<typeof startSmtp>>;
