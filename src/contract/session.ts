import { type Static, Type } from 'typebox';
import { answers, Instant, NisList, Nullable, Ok, OneOf, TokenParams } from './common.ts';
import { LIMITS, ROLES } from './vocabulary.ts';

export const Role = OneOf(ROLES);

export const User = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  role: Role,
  /** NIS codes; only an editor's list is used. */
  municipalities: Type.Array(Type.String()),
});
export type User = Static<typeof User>;

export const Credentials = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: LIMITS.email, pattern: '^[^@\\s]+@[^@\\s]+$' }),
    // argon2 takes any length; the cap only bounds the work one request can ask for. The rule
    // itself (server/auth/policy.ts) answers with its own codes.
    password: Type.String({ minLength: 1, maxLength: LIMITS.password }),
  },
  { additionalProperties: false },
);

/** A signed-in session: the account, and the token every write sends back as x-csrf-token. */
export const Session = Type.Object({ user: User, csrfToken: Type.String() });
export type Session = Static<typeof Session>;

/** The role and municipalities an invitation, or a role change, gives an account. */
export const Binding = Type.Object(
  { role: Role, municipalities: Type.Optional(NisList()) },
  { additionalProperties: false },
);

/** An account as admins list it. */
export const UserItem = Type.Object({
  ...User.properties,
  lastLoginAt: Nullable(Instant),
  disabled: Type.Boolean(),
});
export type UserItem = Static<typeof UserItem>;

const tags = ['session'];

export const sessionApi = {
  signIn: {
    tags,
    summary: 'Sign in: a session cookie, and the CSRF token for writes.',
    body: Credentials,
    response: answers({ 200: Session }),
  },
  session: {
    tags,
    summary: 'The signed-in account and its CSRF token (401 when there is no session).',
    response: answers({ 200: Type.Partial(Session) }),
  },
  signOut: { tags, summary: 'Sign out.', response: answers({ 200: Ok }) },
  accept: {
    tags,
    summary: "Accept an invitation: the account is made with the invitation's role and municipalities.",
    params: TokenParams,
    body: Credentials,
    response: answers({ 201: Type.Object({ user: User }) }),
  },
} as const;
