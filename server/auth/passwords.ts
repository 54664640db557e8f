import { Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (19 MiB, 2 passes: OWASP's recommended minimum). */
export const hashPassword = (password: string) => hash(password, { algorithm: Algorithm.Argon2id });

let dummy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash, or against a dummy hash when there is no account,
 * so that a wrong e-mail takes as long as a wrong password and the answer reveals nothing.
 */
export async function checkPassword(stored: string | undefined, password: string): Promise<boolean> {
  dummy ??= hashPassword(`no account ${Math.random()}`);
  const target = stored ?? (await dummy);
  const ok = await verify(target, password).catch(() => false);
  return stored !== undefined && ok;
}
