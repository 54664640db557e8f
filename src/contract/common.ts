import { type Static, type TSchema, Type } from 'typebox';
import { EMAIL_PATTERN, LIMITS } from './vocabulary.ts';

/** A fixed list of words: one string of them. */
export const OneOf = <const T extends string[]>(values: readonly [...T], description?: string) =>
  Type.Enum<T>(values, { type: 'string', ...(description ? { description } : {}) });

/** A text of at most `maxLength` characters. */
export const Text = (maxLength: number, options: { minLength?: number; description?: string } = {}) =>
  Type.String({ maxLength, ...options });

export const Nis = Type.String({ pattern: '^[0-9]{5}$', description: 'A municipality: its NIS code.' });
export const NisList = (maxItems: number = LIMITS.municipalities, minItems = 0) =>
  Type.Array(Nis, { maxItems, uniqueItems: true, ...(minItems ? { minItems } : {}) });

export const Email = Type.String({ maxLength: LIMITS.email, pattern: EMAIL_PATTERN });

/** An instant, as the register answers it (ISO 8601, UTC). */
export const Instant = Type.String({ format: 'date-time' });
/** A day, YYYY-MM-DD. */
export const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Path ids are text: digits only (no type coercion is on). */
export const IdParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,9}$' }) });
/** A one-time secret from a mailed link. */
export const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
/** Page numbers in a query are text too. */
export const PageNumber = Type.String({ pattern: '^[0-9]{1,6}$' });

export const Ok = Type.Object({ ok: Type.Literal(true) });

/**
 * Every refusal: a code the atlas translates (`error`), and for a 400 the field and the problem
 * (`code`, the import's problem codes) with the value refused.
 */
export const Problem = Type.Object(
  {
    error: Type.String(),
    field: Type.Optional(Type.String()),
    code: Type.Optional(Type.String()),
    value: Type.Optional(Type.String()),
    /** A bulk file's missing columns. */
    list: Type.Optional(Type.String()),
    /** The state a decision found (409 already_decided, wrong_state). */
    state: Type.Optional(Type.String()),
    /** The cap that was reached (409 pending_cap). */
    limit: Type.Optional(Type.Integer()),
    /** Why writes fail (503 writes_failing). */
    reason: Type.Optional(Type.String()),
  },
  { description: 'A refusal.' },
);
export type Problem = Static<typeof Problem>;

/** A route's answers: its own, and the refusals every route may give. */
export const answers = <T extends Record<number, TSchema | object>>(own: T) => ({
  ...own,
  '4xx': Problem,
  '5xx': Problem,
});

/** A page of a list: its number (from 0), its size, and the list's length. */
export const Paged = { page: Type.Integer(), pageSize: Type.Integer(), total: Type.Integer() };
const PagedObject = Type.Object(Paged);
export type Paged = Static<typeof PagedObject>;

/** What a route answers with a success code (200 unless named): the atlas's client types its calls with it. */
export type Answer<
  R extends { response: object },
  C extends keyof R['response'] = 200 & keyof R['response'],
> = R['response'][C] extends TSchema ? Static<R['response'][C]> : never;
/** What a route takes as its body. */
export type BodyOf<R extends { body: TSchema }> = Static<R['body']>;

/** A list paged by id (server/queue.ts): `after` is the last id of the previous page. */
export const PageQuery = {
  after: Type.Optional(Type.String({ pattern: '^[0-9]{1,9}$' })),
  limit: Type.Optional(Type.String({ pattern: '^([1-9][0-9]{0,2}|1000)$' })),
};

/** The cursor of the next page (`after`), null on the last, and the rows by state. */
export const PageOf = <const S extends string>(states: readonly S[]) => ({
  next: Nullable(Type.Integer()),
  totals: Type.Object(
    Object.fromEntries(states.map((s) => [s, Type.Integer()])) as { [K in S]: ReturnType<typeof Type.Integer> },
  ),
});

/** A write stored for moderation: 201, or 200 for a retry with the same Idempotency-Key. */
export const Declared = Type.Object({ id: Type.Integer(), state: Type.Literal('pending') });
