import type { FastifyReply } from 'fastify';

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

const KEPT = 100_000;

/**
 * Failed sign-ins per account (the lower-cased e-mail, whether or not it has an account, so that
 * the limit reveals nothing): after `max` failures in a window every attempt is refused, the right
 * password too, until the window ends. In memory: each process counts its own.
 */
export class AccountLimit {
  private failures = new Map<string, { count: number; until: number }>();
  constructor(private readonly limit: Limit = ACCOUNT_LIMIT) {}

  /** Seconds until the account may try again, or undefined when it may now. */
  blocked(email: string, now = Date.now()): number | undefined {
    const kept = this.failures.get(email);
    if (!kept || kept.until <= now) return undefined;
    return kept.count >= this.limit.max ? (kept.until - now) / 1000 : undefined;
  }

  failed(email: string, now = Date.now()) {
    const kept = this.failures.get(email);
    if (kept && kept.until > now) kept.count += 1;
    else {
      // Bounded: a flood of made-up e-mails cannot grow the map without end.
      if (this.failures.size >= KEPT) this.sweep(now);
      this.failures.set(email, { count: 1, until: now + this.limit.timeWindow });
    }
  }

  succeeded(email: string) {
    this.failures.delete(email);
  }

  private sweep(now: number) {
    for (const [email, kept] of this.failures) if (kept.until <= now) this.failures.delete(email);
    if (this.failures.size >= KEPT) this.failures.clear();
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
