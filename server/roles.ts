import type { User } from '../src/contract/session.ts';
import { ROLES, type Role } from '../src/contract/vocabulary.ts';

export { ROLES, type Role, type User };

/** Who moderates: moderators, and admins, who can do whatever a moderator can. */
export const MODERATORS: readonly Role[] = ['moderator', 'admin'];

/** Which roles each role may invite: a moderator brings in editors; an admin anyone. */
export const MAY_INVITE: Record<Role, readonly Role[]> = {
  admin: ROLES,
  moderator: ['editor'],
  editor: [],
};
