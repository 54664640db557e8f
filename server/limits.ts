import type { FastifyReply } from 'fastify';
import type { Db } from './db/types.ts';

export interface Limit {
  max: number;
  /** Milliseconds. */
  timeWindow: number;
}

/** Failed sign-ins one account may take per window, whatever the addresses they come from. */
export const ACCOUNT_LIMIT: Limit = { max: 10, timeWindow: 15 * 60_000 };
/** Requests per client and minute on the unauthenticated routes that hash a password. */
export const HASHING_LIMIT: Limit = { max: 10, timeWindow: 60_000 };

/** The one shape of a 429 (the rate-limit plugin's go through the error handler to the same). */
export const tooMany = (reply: FastifyReply, retryAfterSeconds: number) =>
  reply
    .code(429)
    .header('retry-after', String(Math.max(1, Math.ceil(retryAfterSeconds))))
    .send({ error: 'too_many_requests' });

/** Expired rows are swept at most this often, by each process. */
const SWEEP_MS = 60_000;

/**
 * Failed sign-ins per account (the lower-cased e-mail, whether or not it has an account, so that
 * the limit reveals nothing): after `max` failures in a window every attempt is refused, the right
 * password too, until the window ends. In the database (login_failures), so that every process of
 * one register counts the same failures.
 */
export class AccountLimit {
  private sweptAt = 0;
  constructor(
    private readonly db: Db,
    private readonly limit: Limit = ACCOUNT_LIMIT,
  ) {}

  /** Seconds until the account may try again, or undefined when it may now. */
  async blocked(email: string): Promise<number | undefined> {
    const [row] = await this.db.query<{ failures: number; wait: number }>(
      `SELECT failures, extract(epoch FROM until - now())::float8 AS wait
         FROM login_failures WHERE email = $1 AND until > now()`,
      [email],
    );
    return row && row.failures >= this.limit.max ? Number(row.wait) : undefined;
  }

  async failed(email: string) {
    await this.db.query(
      `INSERT INTO login_failures AS f (email, failures, until)
       VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (email) DO UPDATE SET
         failures = CASE WHEN f.until > now() THEN f.failures + 1 ELSE 1 END,
         until = CASE WHEN f.until > now() THEN f.until ELSE excluded.until END`,
      [email, this.limit.timeWindow / 1000],
    );
    // Bounded: a flood of made-up e-mails leaves rows only for the length of a window.
    if (Date.now() - this.sweptAt > SWEEP_MS) {
      this.sweptAt = Date.now();
      await this.db.query('DELETE FROM login_failures WHERE until <= now()');
    }
  }

  async succeeded(email: string) {
    await this.db.query('DELETE FROM login_failures WHERE email = $1', [email]);
  }
}

/**
 * REGISTER_TRUST_PROXY: the number of proxy hops in front of the register (1 for the README's
 * nginx), or a comma-separated list of the proxies' addresses or CIDRs. The client is then the
 * address the nearest trusted proxy saw, never the leftmost X-Forwarded-For entry, which the
 * client writes itself. "true" used to trust every hop; it now means one.
 */
export function trustProxyOf(value: string | undefined): number | string[] | undefined {
  const text = value?.trim();
  if (!text || text === '0' || text === 'false') return undefined;
  if (text === 'true') return 1;
  if (/^\d+$/.test(text)) return Number(text);
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
