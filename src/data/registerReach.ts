import { call, type Role } from './registerClient.ts';

/**
 * The register's calls for reaching the municipalities (server/routes: account, access,
 * invitationAdmin, outreach, users): password reset, access requests, bulk invitations, the
 * outreach view and the admin lists.
 */
export type MailLanguage = 'nl' | 'fr' | 'de' | 'en';
export interface BulkProblem {
  row: number;
  column: string;
  code: string;
  value: string;
  params?: Record<string, string>;
}
export interface BulkResult {
  invited: { row: number; id: number; email: string; language: MailLanguage }[];
  problems: BulkProblem[];
  rows: number;
}
export type InvitationState = 'pending' | 'used' | 'expired' | 'revoked';
export interface InvitationItem {
  id: number;
  email: string | null;
  role: Role;
  municipalities: string[];
  language: MailLanguage | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  state: InvitationState;
}
export interface AccessRequestItem {
  id: number;
  email: string;
  municipalities: string[];
  function: string;
  confirmedAt: string;
  domainMatches: boolean;
}
export const OUTREACH_STATES = [
  'no_information',
  'public_facts',
  'invited',
  'account_active',
  'declaration_pending',
  'approved',
] as const;
export type OutreachState = (typeof OUTREACH_STATES)[number];
export interface OutreachItem {
  nis: string;
  province: string;
  zone: string;
  state: OutreachState;
  approvedOn: string | null;
}
export interface UserItem {
  id: number;
  email: string;
  role: Role;
  municipalities: string[];
  lastLoginAt: string | null;
  disabled: boolean;
}
export interface Paged {
  page: number;
  pageSize: number;
  total: number;
}

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const reach = {
  forgotPassword: (email: string, language: MailLanguage) => call('POST', 'password-reset', { email, language }),
  resetPassword: (token: string, password: string) =>
    call('POST', `password-reset/${encodeURIComponent(token)}`, { password }),
  requestAccess: (body: { email: string; municipalities: string[]; function: string; language: MailLanguage }) =>
    call('POST', 'access-requests', body),
  confirmAccess: (token: string) => call('POST', 'access-requests/confirm', { token }),
  accessRequests: (page = 0) =>
    call<Paged & { requests: AccessRequestItem[] }>('GET', `access-requests${query({ page })}`),
  approveAccess: (id: number) => call('POST', `access-requests/${id}/approve`, {}),
  rejectAccess: (id: number, reason: string) => call('POST', `access-requests/${id}/reject`, { reason }),
  bulkInvite: (csv: string) => call<BulkResult>('POST', 'invitations/bulk', { csv }),
  invitations: (state: InvitationState | '', page = 0) =>
    call<Paged & { invitations: InvitationItem[] }>('GET', `invitations${query({ state, page })}`),
  invitationAction: (id: number, action: 'resend' | 'renew' | 'revoke') =>
    call<{ ok: true; url?: string }>('POST', `invitations/${id}/${action}`, {}),
  outreach: (province: string, zone: string) =>
    call<{ counts: Record<OutreachState, number>; municipalities: OutreachItem[] }>(
      'GET',
      `outreach${query({ province, zone })}`,
    ),
  outreachCsvPath: (province: string, zone: string, lang: MailLanguage) =>
    `outreach.csv${query({ province, zone, lang })}`,
  remind: () => call<{ reminded: { invited: number; editors: number } }>('POST', 'outreach/remind', {}),
  users: () => call<{ users: UserItem[] }>('GET', 'users'),
  setDisabled: (id: number, disabled: boolean) => call('POST', `users/${id}/${disabled ? 'disable' : 'enable'}`, {}),
};
