import { type Static, Type } from 'typebox';
import { answers, Email, IdParams, Instant, Nullable, Ok, OneOf, Paged, PageNumber } from './common.ts';
import { Binding, Role } from './session.ts';
import { INVITATION_STATES, LIMITS, MAIL_LANGUAGES } from './vocabulary.ts';

/** A bulk CSV of 565 rows is about 30 kB; a megabyte leaves room for long names and lists. */
export const BULK_LIMIT = 1024 * 1024;

export const MailLanguage = OneOf(MAIL_LANGUAGES);

/** One refused row of a bulk file: the spreadsheet row (the header is row 1), the column, and a code the atlas translates. */
export const BulkProblem = Type.Object({
  row: Type.Integer(),
  column: Type.String(),
  code: Type.String(),
  value: Type.String(),
  params: Type.Optional(Type.Record(Type.String(), Type.String())),
});
export type BulkProblem = Static<typeof BulkProblem>;

export const BulkResult = Type.Object({
  invited: Type.Array(
    Type.Object({ row: Type.Integer(), id: Type.Integer(), email: Type.String(), language: MailLanguage }),
  ),
  problems: Type.Array(BulkProblem),
  /** The file's rows, invited or refused. */
  rows: Type.Integer(),
});
export type BulkResult = Static<typeof BulkResult>;

export const InvitationItem = Type.Object({
  id: Type.Integer(),
  email: Nullable(Type.String()),
  role: Role,
  municipalities: Type.Array(Type.String()),
  language: Nullable(Type.String()),
  createdAt: Instant,
  expiresAt: Instant,
  acceptedAt: Nullable(Instant),
  revokedAt: Nullable(Instant),
  /** When it was last mailed (null: never, an invitation without an e-mail). */
  sentAt: Nullable(Instant),
  state: OneOf(INVITATION_STATES),
});
export type InvitationItem = Static<typeof InvitationItem>;

const tags = ['invitations'];

export const invitationApi = {
  invite: {
    tags,
    summary: 'Invite one account; with an e-mail the invitation is mailed, in its language. The link is shown once.',
    body: Type.Object(
      { ...Binding.properties, email: Type.Optional(Email), language: Type.Optional(MailLanguage) },
      { additionalProperties: false },
    ),
    response: answers({
      201: Type.Object({
        id: Type.Integer(),
        url: Type.String(),
        expiresInDays: Type.Integer(),
        mailed: Type.Boolean(),
      }),
    }),
  },
  bulk: {
    tags,
    summary:
      'Invite from a CSV (municipality, email; optional language, role): each row is checked like an import row.',
    body: Type.Object({ csv: Type.String({ minLength: 1, maxLength: BULK_LIMIT }) }, { additionalProperties: false }),
    response: answers({ 201: BulkResult }),
  },
  list: {
    tags,
    summary: 'The invitations, newest first, by state or e-mail, paged.',
    querystring: Type.Object(
      {
        state: Type.Optional(OneOf(INVITATION_STATES)),
        page: Type.Optional(PageNumber),
        email: Type.Optional(Type.String({ maxLength: LIMITS.email })),
      },
      { additionalProperties: false },
    ),
    response: answers({ 200: Type.Object({ invitations: Type.Array(InvitationItem), ...Paged }) }),
  },
  again: {
    tags,
    summary:
      'Re-send a pending invitation, or renew an expired one: a new link. Without an e-mail the link is shown once.',
    params: IdParams,
    response: answers({
      200: Type.Object({ ok: Type.Literal(true), mailed: Type.Boolean(), url: Type.Optional(Type.String()) }),
    }),
  },
  revoke: { tags, summary: 'Revoke an open invitation.', params: IdParams, response: answers({ 200: Ok }) },
} as const;
