import { type Static, Type } from 'typebox';
import {
  answers,
  Day,
  Email,
  IdParams,
  Instant,
  NisList,
  Nullable,
  Ok,
  OneOf,
  Paged,
  PageNumber,
  TokenParams,
} from './common.ts';
import { Reason } from './declarations.ts';
import { MailLanguage } from './invitations.ts';
import { Credentials } from './session.ts';
import { LIMITS, MAIL_LANGUAGES, OUTREACH_STATES, type OutreachState } from './vocabulary.ts';

/**
 * Reaching the municipalities: password reset, access requests from coordinators who were not
 * invited, and the moderators' outreach view of every municipality's step in the funnel.
 */
export const AccessRequestItem = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  municipalities: Type.Array(Type.String()),
  language: Type.String(),
  function: Type.String(),
  confirmedAt: Instant,
  /** Whether the e-mail's domain looks like one of the municipalities' (a hint, not a check). */
  domainMatches: Type.Boolean(),
});
export type AccessRequestItem = Static<typeof AccessRequestItem>;

export const OutreachRow = Type.Object({
  nis: Type.String(),
  province: Type.String(),
  zone: Type.String(),
  state: OneOf(OUTREACH_STATES),
  /** The latest approved statement's day. */
  approvedOn: Nullable(Day),
});
export type OutreachRow = Static<typeof OutreachRow>;

export const OutreachCounts = Type.Object(
  Object.fromEntries(OUTREACH_STATES.map((s) => [s, Type.Integer()])) as {
    [S in OutreachState]: ReturnType<typeof Type.Integer>;
  },
);
export type OutreachCounts = Static<typeof OutreachCounts>;

export const OutreachQuery = Type.Object(
  {
    province: Type.Optional(Type.String({ maxLength: 20 })),
    zone: Type.Optional(Type.String({ maxLength: 40 })),
    state: Type.Optional(OneOf(OUTREACH_STATES)),
    /** The CSV's language for the municipalities' names. */
    lang: Type.Optional(MailLanguage),
  },
  { additionalProperties: false },
);
export type OutreachQuery = Static<typeof OutreachQuery>;

const accounts = ['accounts'];
const access = ['access requests'];
const outreach = ['outreach'];

export const reachApi = {
  forgotPassword: {
    tags: accounts,
    summary: 'Mail a one-time reset link, valid for an hour. The answer is the same whether or not the account exists.',
    body: Type.Object(
      { email: Credentials.properties.email, language: Type.Optional(MailLanguage) },
      { additionalProperties: false },
    ),
    response: answers({ 202: Ok }),
  },
  resetPassword: {
    tags: accounts,
    summary: "Set a new password with a reset link's token: every session of the account ends.",
    params: TokenParams,
    body: Type.Object({ password: Credentials.properties.password }, { additionalProperties: false }),
    response: answers({ 200: Ok }),
  },
  disable: {
    tags: accounts,
    summary: 'Disable an account (admins): its sessions end.',
    params: IdParams,
    response: answers({ 200: Ok }),
  },
  enable: {
    tags: accounts,
    summary: 'Enable a disabled account (admins).',
    params: IdParams,
    response: answers({ 200: Ok }),
  },
  requestAccess: {
    tags: access,
    summary:
      'A coordinator asks for access: an e-mail, municipalities and their function (no name). A link mailed proves the address.',
    body: Type.Object(
      {
        email: Email,
        municipalities: NisList(LIMITS.accessMunicipalities, 1),
        function: Type.String({ minLength: 2, maxLength: LIMITS.function }),
        language: OneOf(MAIL_LANGUAGES),
      },
      { additionalProperties: false },
    ),
    response: answers({ 202: Ok }),
  },
  confirmAccess: {
    tags: access,
    summary: "Confirm an access request with the mailed link's token: it joins the moderators' queue.",
    body: Type.Object({ token: Type.String({ maxLength: 100 }) }, { additionalProperties: false }),
    response: answers({ 200: Ok }),
  },
  accessQueue: {
    tags: access,
    summary: 'The confirmed access requests, paged.',
    querystring: Type.Object({ page: Type.Optional(PageNumber) }, { additionalProperties: false }),
    response: answers({ 200: Type.Object({ requests: Type.Array(AccessRequestItem), ...Paged }) }),
  },
  approveAccess: {
    tags: access,
    summary: 'Approve an access request: an editor invitation is mailed.',
    params: IdParams,
    response: answers({ 200: Ok }),
  },
  rejectAccess: {
    tags: access,
    summary: 'Reject an access request: the reason is mailed.',
    params: IdParams,
    body: Reason,
    response: answers({ 200: Ok }),
  },
  outreach: {
    tags: outreach,
    summary: "Every municipality's step in the funnel, by province and zone, with the counts per state.",
    querystring: OutreachQuery,
    response: answers({ 200: Type.Object({ counts: OutreachCounts, municipalities: Type.Array(OutreachRow) }) }),
  },
  outreachCsv: {
    tags: outreach,
    summary: 'The same rows as a CSV (nis, municipality, province, zone, state, approved_on).',
    querystring: OutreachQuery,
    response: answers({ 200: { description: 'CSV', content: { 'text/csv': { schema: Type.String() } } } }),
  },
  remind: {
    tags: outreach,
    summary:
      'Remind those invited who have not accepted, and editors who have not declared (at most once a week each).',
    response: answers({
      200: Type.Object({ reminded: Type.Object({ invited: Type.Integer(), editors: Type.Integer() }) }),
    }),
  },
} as const;
