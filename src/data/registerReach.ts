import type { AuditEntry, adminApi } from '../contract/admin.ts';
import type { Answer, BodyOf, Paged } from '../contract/common.ts';
import type { BulkProblem, BulkResult, InvitationItem, invitationApi } from '../contract/invitations.ts';
import type { AccessRequestItem, OutreachRow, reachApi } from '../contract/reach.ts';
import type { UserItem } from '../contract/session.ts';
import {
  type InvitationState,
  type MailLanguage,
  OUTREACH_STATES,
  type OutreachState,
} from '../contract/vocabulary.ts';
import { call } from './registerClient.ts';

/**
 * The register's calls for reaching the municipalities (server/routes: account, access,
 * invitationAdmin, outreach, users): password reset, access requests, bulk invitations, the
 * outreach view and the admin lists. Typed by the API's own schemas (src/contract), as types only.
 */
export type {
  AccessRequestItem,
  BulkProblem,
  BulkResult,
  InvitationItem,
  InvitationState,
  MailLanguage,
  OutreachState,
};
export { OUTREACH_STATES };
export type OutreachItem = OutreachRow;
export type { AuditEntry, Paged, UserItem };

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
  requestAccess: (body: BodyOf<typeof reachApi.requestAccess>) => call('POST', 'access-requests', body),
  confirmAccess: (token: string) => call('POST', 'access-requests/confirm', { token }),
  accessRequests: (page = 0) => call<Answer<typeof reachApi.accessQueue>>('GET', `access-requests${query({ page })}`),
  approveAccess: (id: number) => call('POST', `access-requests/${id}/approve`, {}),
  rejectAccess: (id: number, reason: string) => call('POST', `access-requests/${id}/reject`, { reason }),
  bulkInvite: (csv: string) => call<Answer<typeof invitationApi.bulk, 201>>('POST', 'invitations/bulk', { csv }),
  invitations: (state: InvitationState | '', page = 0) =>
    call<Answer<typeof invitationApi.list>>('GET', `invitations${query({ state, page })}`),
  invitationAction: (id: number, action: 'resend' | 'renew' | 'revoke') =>
    call<Answer<typeof invitationApi.again>>('POST', `invitations/${id}/${action}`, {}),
  outreach: (province: string, zone: string) =>
    call<Answer<typeof reachApi.outreach>>('GET', `outreach${query({ province, zone })}`),
  outreachCsvPath: (province: string, zone: string, lang: MailLanguage) =>
    `outreach.csv${query({ province, zone, lang })}`,
  remind: () => call<Answer<typeof reachApi.remind>>('POST', 'outreach/remind', {}),
  users: () => call<Answer<typeof adminApi.users>>('GET', 'users'),
  /** The audit, newest first; `before` the last id of the page before. */
  audit: (before?: number) => call<Answer<typeof adminApi.audit>>('GET', `audit${query({ before })}`),
  setDisabled: (id: number, disabled: boolean) => call('POST', `users/${id}/${disabled ? 'disable' : 'enable'}`, {}),
};
