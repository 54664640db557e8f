import { type Static, Type } from 'typebox';
import { answers, IdParams, Instant, Nullable } from './common.ts';
import { Binding, User, UserItem } from './session.ts';

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Instant,
  actor: Nullable(Type.Integer()),
  actorEmail: Nullable(Type.String()),
  action: Type.String(),
  subject: Nullable(Type.String()),
  /** What the action was about (a role given, a version published): its own shape per action. */
  detail: Type.Unknown(),
});
export type AuditEntry = Static<typeof AuditEntry>;

const Health = Type.Object({
  database: Type.Literal('reachable'),
  kind: Type.String(),
  migration: Type.Integer(),
  writes: Type.Union([Type.Literal('ok'), Type.Literal('failing')]),
});
const Unhealthy = Type.Object({
  ...Type.Partial(Health).properties,
  error: Type.Optional(Type.String()),
  reason: Type.Optional(Type.String()),
  since: Type.Optional(Type.String()),
});

export const SnapshotMeta = Type.Object({
  version: Type.Integer(),
  publishedAt: Type.String(),
  counts: Type.Object({
    cells: Type.Object({ public: Type.Integer(), register: Type.Integer() }),
    initiatives: Type.Integer(),
  }),
});

const csv = (summary: string) => ({
  tags: ['public'],
  summary,
  response: answers({
    200: { description: 'CSV', content: { 'text/csv': { schema: Type.String() } } },
    304: { description: 'Not modified: the ETag of If-None-Match is current.', type: 'null' },
  }),
});

export const adminApi = {
  users: {
    tags: ['users'],
    summary: 'Every account (admins).',
    response: answers({ 200: Type.Object({ users: Type.Array(UserItem) }) }),
  },
  role: {
    tags: ['users'],
    summary: "Change an account's role or an editor's municipalities (admins): it signs in again.",
    params: IdParams,
    body: Binding,
    response: answers({ 200: Type.Object({ user: User }) }),
  },
  audit: {
    tags: ['admin'],
    summary: 'The audit log, newest first; `before` the last id of the previous page (admins).',
    querystring: Type.Object({ before: Type.Optional(Type.String({ pattern: '^[0-9]{1,9}$' })) }),
    response: answers({ 200: Type.Object({ entries: Type.Array(AuditEntry) }) }),
  },
  health: {
    tags: ['public'],
    summary: 'Whether the database answers and takes writes (503 with the reason when not).',
    response: answers({ 200: Health, 503: Unhealthy }),
  },
  cells: csv("The published cells: the public facts and the register's approved statements, as the atlas reads them."),
  initiatives: csv('The published initiatives.'),
  meta: {
    tags: ['public'],
    summary: "The snapshot's version, date and counts.",
    response: answers({ 200: SnapshotMeta }),
  },
  openapi: {
    tags: ['public'],
    summary: 'This document.',
    response: answers({ 200: Type.Object({}, { additionalProperties: true, description: 'OpenAPI 3.1' }) }),
  },
} as const;
