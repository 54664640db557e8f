import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: session ids, CSRF tokens, invitation tokens. */
export const randomToken = () => randomBytes(32).toString('base64url');

/** Tokens are stored as SHA-256: they are random, so a slow hash adds nothing. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

export function sameSecret(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
