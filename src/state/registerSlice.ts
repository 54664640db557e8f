import type { StateCreator } from 'zustand';
import { maySignedIn, type RegisterUser, register, registerApi } from '../data/registerClient.ts';
import type { AppState } from './store.ts';

export interface RegisterLink {
  kind: 'reset' | 'access';
  token: string;
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
}

export const createRegisterSlice: StateCreator<AppState, [], [], RegisterSlice> = (set) => ({
  registerAvailable: false,
  registerUser: null,
  invitation: null,
  setInvitation: (invitation) => set({ invitation }),
  registerLink: null,
  setRegisterLink: (registerLink) => set({ registerLink }),
  setRegister: (registerAvailable, registerUser) => set({ registerAvailable, registerUser }),
});

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
