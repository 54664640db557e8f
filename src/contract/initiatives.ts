import { type Static, Type } from 'typebox';
import { REVIEW_STATES } from '../domain/vocabulary.ts';
import { answers, Day, Declared, IdParams, NisList, Nullable, OneOf, PageOf, PageQuery, Text } from './common.ts';
import { ImportRow, Reason } from './declarations.ts';
import { INITIATIVE_STATES, LANGUAGES, LIMITS } from './vocabulary.ts';

/** Shapes and sizes only; what the values mean is checked by the import (server/initiative.ts). */
export const InitiativeInput = Type.Object(
  {
    municipalities: NisList(LIMITS.municipalities, 1),
    /** The language of the title and the summary as written. */
    language: OneOf(LANGUAGES),
    title: Text(LIMITS.title, { minLength: 1 }),
    theme: Text(40),
    summary: Type.Optional(Text(LIMITS.note)),
    organisation: Type.Optional(Text(300)),
    since: Type.Optional(Text(4)),
    source_url: Type.Optional(Text(LIMITS.url)),
    source_date: Type.Optional(Text(10)),
    /** Optional translations of the summary. */
    translations: Type.Optional(
      Type.Object(
        {
          nl: Type.Optional(Text(LIMITS.note)),
          fr: Type.Optional(Text(LIMITS.note)),
          de: Type.Optional(Text(LIMITS.note)),
          en: Type.Optional(Text(LIMITS.note)),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type InitiativeInput = Static<typeof InitiativeInput>;

export const InitiativeItem = Type.Object({
  id: Type.Integer(),
  municipalities: Type.Array(Type.String()),
  state: OneOf(INITIATIVE_STATES),
  /** One initiatives row of the import schema. */
  initiative: ImportRow,
  reviewState: Nullable(OneOf(REVIEW_STATES)),
  confirmedOn: Nullable(Day),
  reason: Nullable(Type.String()),
});
export type InitiativeItem = Static<typeof InitiativeItem>;

const tags = ['initiatives'];
const change = (summary: string) => ({ tags, summary, params: IdParams, response: answers({ 200: InitiativeItem }) });

export const initiativeApi = {
  declare: {
    tags,
    summary:
      'An editor declares an initiative of their municipalities (Idempotency-Key: a retry gets the first answer, 200).',
    body: InitiativeInput,
    response: answers({ 200: Declared, 201: Declared }),
  },
  list: {
    tags,
    summary: 'Every initiative (moderators, by state) or the ones they declared (editors), paged by id.',
    querystring: Type.Object({ state: Type.Optional(OneOf(INITIATIVE_STATES)), ...PageQuery }),
    response: answers({
      200: Type.Object({ initiatives: Type.Array(InitiativeItem), ...PageOf(INITIATIVE_STATES) }),
    }),
  },
  approve: {
    ...change('Approve a pending initiative with a review state: it is published.'),
    body: Type.Object({ review_state: OneOf(REVIEW_STATES) }, { additionalProperties: false }),
  },
  reject: { ...change('Reject a pending initiative, with a reason.'), body: Reason },
  archive: change('Archive a published initiative that has ended.'),
  confirm: change('"Still running": the editor who declared it confirms a published initiative.'),
} as const;
