export const ROLES = ['admin', 'moderator', 'editor'] as const;
export type Role = (typeof ROLES)[number];

/** Who moderates: moderators, and admins, who can do whatever a moderator can. */
export const MODERATORS: readonly Role[] = ['moderator', 'admin'];

/** Which roles each role may invite: a moderator brings in editors; an admin anyone. */
export const MAY_INVITE: Record<Role, readonly Role[]> = {
  admin: ROLES,
  moderator: ['editor'],
  editor: [],
};

export interface User {
  id: number;
  email: string;
  role: Role;
  /** NIS codes; only an editor's list is used. */
  municipalities: string[];
}
