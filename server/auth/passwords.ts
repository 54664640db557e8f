import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id, the library's default algorithm, with its default cost (19 MiB, 2 passes: OWASP's
 * recommended minimum). The Algorithm enum is a const enum, which isolatedModules cannot import;
 * a test checks the hash says $argon2id$.
 */
export const hashPassword = (password: string) => hash(password);

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
