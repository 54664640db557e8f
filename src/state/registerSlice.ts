import type { StateCreator } from 'zustand';
import type { OutreachCounts } from '../contract/reach.ts';
import type { OutreachState } from '../contract/vocabulary.ts';
import { maySignedIn, type RegisterUser, register, registerApi } from '../data/registerClient.ts';
import { reach } from '../data/registerReach.ts';
import type { AppState } from './store.ts';

export interface RegisterLink {
  kind: 'reset' | 'access';
  token: string;
}

/** Every municipality's step in the register's funnel (today's NIS codes), and how many are at each. */
export interface OutreachMap {
  states: ReadonlyMap<string, OutreachState>;
  counts: OutreachCounts;
}

/** The register, when it serves the atlas: whether it is there, and who is signed in. */
export interface RegisterSlice {
  registerAvailable: boolean;
  registerUser: RegisterUser | null;
  /** The token of the invitation link the page was opened with, until it is used. */
  invitation: string | null;
  setInvitation: (token: string | null) => void;
  /** A password-reset or access-confirmation link's token the page was opened with, until used. */
  registerLink: RegisterLink | null;
  setRegisterLink: (link: RegisterLink | null) => void;
  setRegister: (available: boolean, user: RegisterUser | null) => void;
  /** The moderators' map mode: the map colours by outreach while this is set (src/map/outreach.ts). */
  outreachMap: OutreachMap | null;
  setOutreachMap: (map: OutreachMap | null) => void;
}

export const createRegisterSlice: StateCreator<AppState, [], [], RegisterSlice> = (set) => ({
  registerAvailable: false,
  registerUser: null,
  invitation: null,
  setInvitation: (invitation) => set({ invitation }),
  registerLink: null,
  setRegisterLink: (registerLink) => set({ registerLink }),
  // Signed out, or no longer a moderator: the map shows the statements again.
  setRegister: (registerAvailable, registerUser) =>
    set(
      isModerator(registerUser)
        ? { registerAvailable, registerUser }
        : { registerAvailable, registerUser, outreachMap: null },
    ),
  outreachMap: null,
  setOutreachMap: (outreachMap) => set({ outreachMap }),
});

/** The outreach of every municipality, as the map mode shows it; asked again each time it is switched on. */
export async function loadOutreachMap(): Promise<OutreachMap> {
  const { counts, municipalities } = await reach.outreach('', '');
  return { counts, states: new Map(municipalities.map((m) => [m.nis, m.state])) };
}

/** Asks the register, if it serves this page, who is signed in. Without it, nothing happens. */
export async function startRegister(setRegister: RegisterSlice['setRegister']) {
  if (!registerApi()) return;
  setRegister(true, null);
  if (!maySignedIn()) return;
  try {
    setRegister(true, await register.session());
  } catch {
    // Not signed in, or the register is down: the atlas still shows the published snapshot.
  }
}

/** An editor may declare for a municipality bound to their account. */
export const mayDeclare = (user: RegisterUser | null, nis: string) =>
  user?.role === 'editor' && user.municipalities.includes(nis);

export const isModerator = (user: RegisterUser | null) => user?.role === 'moderator' || user?.role === 'admin';
