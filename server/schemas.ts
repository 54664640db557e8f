import { MAX_FIELD_LENGTH } from '../src/data/import/rows.ts';
import { ROLES } from './roles.ts';

/**
 * JSON schemas of the request bodies: shapes and sizes only. What a value means (a status, a
 * level, a date, a URL, a municipality) is checked by the import's own validation (declaration.ts).
 */
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const nis = { type: 'string', pattern: '^[0-9]{5}$' } as const;

export const credentialsSchema = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: {
    email: { type: 'string', minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$' },
    // argon2 takes any length; the cap only bounds the work one request can ask for.
    password: { type: 'string', minLength: 1, maxLength: 1024 },
  },
} as const;

export const newAccountSchema = {
  ...credentialsSchema,
  // The rule itself (auth/policy.ts) answers with its own codes.
  properties: { ...credentialsSchema.properties, password: { type: 'string', minLength: 1, maxLength: 1024 } },
} as const;

export const invitationSchema = {
  type: 'object',
  required: ['role'],
  additionalProperties: false,
  properties: {
    role: { type: 'string', enum: ROLES },
    municipalities: { type: 'array', items: nis, maxItems: 600, uniqueItems: true },
  },
} as const;

export const declarationSchema = {
  type: 'object',
  required: ['nis', 'status', 'level'],
  additionalProperties: false,
  properties: {
    /** The municipality declaring, one of the editor's. */
    nis,
    status: text(40),
    level: text(40),
    /** The other members of a shared cell. */
    members: { type: 'array', items: nis, maxItems: 600, uniqueItems: true },
    established_on: text(10),
    source_url: text(2000),
    note: text(MAX_FIELD_LENGTH),
  },
} as const;

export const rejectionSchema = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: { type: 'string', minLength: 1, maxLength: 2000 } },
} as const;

export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[0-9]{1,9}$' } },
} as const;
