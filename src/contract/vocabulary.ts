import { MAX_FIELD_LENGTH } from '../data/import/rows.ts';

/**
 * The register's words and limits, as plain values: the API's schemas (./*.ts, TypeBox) are built
 * from them, and the atlas's forms and views read them here without bundling TypeBox.
 */
export const ROLES = ['admin', 'moderator', 'editor'] as const;
export type Role = (typeof ROLES)[number];

/** The atlas's languages: a declared text's, and the ones mails are written in. */
export const LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;
export const MAIL_LANGUAGES = LANGUAGES;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export const DECLARATION_STATES = ['pending', 'approved', 'rejected'] as const;
export type DeclarationState = (typeof DECLARATION_STATES)[number];

export const INITIATIVE_STATES = ['pending', 'approved', 'rejected', 'archived'] as const;
export type InitiativeState = (typeof INITIATIVE_STATES)[number];

export const INVITATION_STATES = ['pending', 'used', 'expired', 'revoked'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/** A municipality's step in the register's funnel, from knowing nothing to a published statement. */
export const OUTREACH_STATES = [
  'no_information',
  'public_facts',
  'invited',
  'account_active',
  'declaration_pending',
  'approved',
] as const;
export type OutreachState = (typeof OUTREACH_STATES)[number];

/** A plausible address: one @, something on both sides, a dot in the domain, no spaces. */
export const EMAIL_PATTERN = '^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$';
export const EMAIL = new RegExp(EMAIL_PATTERN);

/** Lengths the register accepts; the atlas's forms stop at the same. */
export const LIMITS = {
  email: 254,
  password: 1024,
  /** A rejection's reason, mailed to the declarer or the requester. */
  reason: 2000,
  /** An access request's function, in the requester's words. */
  function: 300,
  /** A declaration's note, an initiative's summary: as long as a field of an imported file. */
  note: MAX_FIELD_LENGTH,
  url: 2000,
  title: 300,
  /** Municipalities one list may name (there are 565). */
  municipalities: 600,
  /** Municipalities one access request may name. */
  accessMunicipalities: 30,
} as const;
