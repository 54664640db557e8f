import { type Static, Type } from 'typebox';
import {
  answers,
  Declared,
  IdParams,
  Instant,
  Nis,
  NisList,
  Nullable,
  OneOf,
  PageOf,
  PageQuery,
  Text,
} from './common.ts';
import { DECLARATION_STATES, LIMITS } from './vocabulary.ts';

/**
 * A declaration as an editor sends it: shapes and sizes only. What a value means (a status, a
 * level, a date, a URL, a municipality) is checked by the import's own validation
 * (server/declaration.ts).
 */
export const DeclarationInput = Type.Object(
  {
    /** The municipality declaring, one of the editor's. */
    nis: Nis,
    status: Text(40),
    level: Text(40),
    /** The other members of a shared cell. */
    members: Type.Optional(NisList()),
    established_on: Type.Optional(Text(10)),
    source_url: Type.Optional(Text(LIMITS.url)),
    note: Type.Optional(Text(LIMITS.note)),
  },
  { additionalProperties: false },
);
export type DeclarationInput = Static<typeof DeclarationInput>;

export const DeclarationState = OneOf(DECLARATION_STATES);

/** One row of an import file's table, column → value (the cells or initiatives columns). */
export const ImportRow = Type.Record(Type.String(), Type.String());

export const Declaration = Type.Object({
  id: Type.Integer(),
  nis: Type.String(),
  state: DeclarationState,
  /** One cells row of the import schema. */
  cell: ImportRow,
  declaredBy: Type.Integer(),
  declaredAt: Instant,
  decidedAt: Nullable(Instant),
  reason: Nullable(Type.String()),
});
export type Declaration = Static<typeof Declaration>;

export const Reason = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: LIMITS.reason }) },
  { additionalProperties: false },
);

const tags = ['declarations'];

export const declarationApi = {
  declare: {
    tags,
    summary: "An editor declares their municipality's cell (Idempotency-Key: a retry gets the first answer, 200).",
    body: DeclarationInput,
    response: answers({ 200: Declared, 201: Declared }),
  },
  list: {
    tags,
    summary: 'The queue (moderators) or their own declarations (editors), paged by id.',
    querystring: Type.Object({
      state: Type.Optional(DeclarationState),
      ...PageQuery,
    }),
    response: answers({
      200: Type.Object({
        declarations: Type.Array(
          Type.Object({
            ...Declaration.properties,
            /** Members named outside the declarer's own municipalities. */
            outsideMembers: Type.Array(Type.String()),
          }),
        ),
        ...PageOf(DECLARATION_STATES),
      }),
    }),
  },
  approve: {
    tags,
    summary: 'Approve a pending declaration: its statement is published.',
    params: IdParams,
    response: answers({
      200: Type.Object({ ...Declaration.properties, version: Type.Optional(Type.Integer()) }),
    }),
  },
  reject: {
    tags,
    summary: 'Reject a pending declaration, with the reason mailed to the declarer.',
    params: IdParams,
    body: Reason,
    response: answers({ 200: Declaration }),
  },
} as const;
