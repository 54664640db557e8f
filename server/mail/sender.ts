import type { Db } from '../db/types.ts';
import type { MailTransport } from './transport.ts';

export interface SenderOptions {
  /** The first retry waits this long; each next one twice as long, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** After this many failed attempts a mail is marked failed, with the last reason. */
  maxAttempts?: number;
  /** How often the outbox is looked at when nothing wakes the sender (retries fall due). */
  pollMs?: number;
  /** Mails claimed at once, and sent in parallel. */
  batch?: number;
  /**
   * A claimed mail's lease: if the process dies while sending, the mail is tried again after
   * it. The one case where a mail can go twice (sent, then the process died before noting it).
   */
  leaseMs?: number;
  log?: (line: string) => void;
}

type Claimed = {
  id: number;
  kind: string;
  recipient: string;
  language: string;
  subject: string;
  body_text: string;
  body_html: string;
  attempts: number;
};

export interface Sender {
  /** Something was queued: look now rather than at the next poll. */
  wake(): void;
  /** Resolves once nothing is due (tests, the bench); mails waiting for a retry are not due. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** The delay before attempt n+1 after n failures: base·2^(n-1), capped. */
export const backoff = (attempts: number, base: number, max: number) =>
  Math.min(max, base * 2 ** Math.max(0, attempts - 1));

/**
 * Delivers the outbox. Rows are claimed (state 'sending', with a lease) in a transaction that
 * skips rows another process holds, so two register processes never send one mail. Sent mails
 * are marked 'sent' and their bodies cleared; a failure is retried with exponential back-off,
 * and after maxAttempts marked 'failed' with the reason. Nothing is ever deleted.
 */
export function startSender(db: Db, transport: MailTransport, options: SenderOptions = {}): Sender {
  const base = options.baseDelayMs ?? 2_000;
  const max = options.maxDelayMs ?? 15 * 60_000;
  const maxAttempts = options.maxAttempts ?? 12;
  const batch = options.batch ?? 50;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];

  const claim = () =>
    db.query<Claimed>(
      `UPDATE outbox SET state = 'sending', attempts = attempts + 1,
              next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
        WHERE id IN (SELECT id FROM outbox
                      WHERE state IN ('pending', 'sending') AND next_attempt_at <= now()
                      ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, recipient, language, subject, body_text, body_html, attempts`,
      [batch, leaseMs],
    );

  async function deliver(mail: Claimed) {
    try {
      await transport.send({
        id: mail.id,
        kind: mail.kind,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.body_text,
        html: mail.body_html,
        language: mail.language,
      });
      await db.query(
        `UPDATE outbox SET state = 'sent', sent_at = now(), body_text = NULL, body_html = NULL, last_error = NULL
          WHERE id = $1`,
        [mail.id],
      );
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const failed = mail.attempts >= maxAttempts;
      await db.query(
        `UPDATE outbox SET state = $2, last_error = $3,
                next_attempt_at = now() + make_interval(secs => $4::double precision / 1000)
          WHERE id = $1`,
        [mail.id, failed ? 'failed' : 'pending', reason, backoff(mail.attempts, base, max)],
      );
      options.log?.(`mail ${mail.id} attempt ${mail.attempts} ${failed ? 'failed for good' : 'failed'}: ${reason}`);
    }
  }

  async function run() {
    try {
      do {
        again = false;
        let claimed = await claim();
        while (claimed.length > 0 && !stopped) {
          await Promise.all(claimed.map(deliver));
          claimed = await claim();
        }
      } while (again && !stopped);
    } finally {
      running = null;
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = run().catch((error: unknown) => {
      options.log?.(`outbox: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  const timer = setInterval(wake, options.pollMs ?? 5_000);
  timer.unref();
  wake();
  return {
    wake,
    idle: () =>
      new Promise<void>((resolve) => {
        if (!running) {
          wake();
          if (!running) return resolve();
        }
        idleWaiters.push(resolve);
      }),
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
