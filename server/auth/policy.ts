/**
 * The password rule, for invitations accepted and for the first admin alike: at least 12
 * characters, not mostly one character (twelve spaces), not the account's e-mail or its name
 * (the part before @, when it is 6 characters or more),
 * and not one of the passwords every guessing list starts with.
 */
export const MIN_PASSWORD = 12;

/** Common passwords of 12 characters or more (the short ones fail on length already). */
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  'qwertyuiopasdfghjkl',
  'qwertyuiopas',
  'qwerty123456',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'iloveyou1234',
  '111111111111',
  '000000000000',
  'aaaaaaaaaaaa',
  'abcdefghijkl',
  'abcdefghijklmnop',
  'abc123abc123',
  'welcome12345',
  'letmein12345',
  'changeme1234',
  'administrator',
  'admin1234567',
  'motdepasse123',
  'wachtwoord123',
  'wachtwoord1234',
  'passwort1234',
  'azertyuiop123',
  'azertyuiopqs',
  'football1234',
  'sunshine1234',
  'princess1234',
  'trustno1trustno1',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'zaq12wsxcde3',
  'qazwsxedcrfv',
]);

export type PasswordProblem = 'too_short' | 'too_simple' | 'contains_email' | 'common';

export function passwordProblem(password: string, email: string): PasswordProblem | undefined {
  const characters = [...password];
  if (characters.length < MIN_PASSWORD) return 'too_short';
  if (new Set(characters).size < 5 || password.trim().length < MIN_PASSWORD) return 'too_simple';
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const name = address.split('@')[0] ?? '';
  if (lower.includes(address) || (name.length >= 6 && lower.includes(name))) return 'contains_email';
  if (COMMON.has(lower.replace(/[\s!.]+$/, ''))) return 'common';
  return undefined;
}
