import type { Answer } from '../contract/common.ts';
import type { Declaration, DeclarationInput, declarationApi } from '../contract/declarations.ts';
import type { InitiativeInput, InitiativeItem, initiativeApi } from '../contract/initiatives.ts';
import type { Session, sessionApi, User } from '../contract/session.ts';
import type { DeclarationState, InitiativeState, Role } from '../contract/vocabulary.ts';
import type { ReviewState } from '../domain/vocabulary.ts';

/**
 * The register's API (server/, README "Run the register"), for the atlas it serves. The register
 * says it is there by a `<meta name="livcr-register">` it writes into the page, so a static host
 * never gets a request that would fail. Its types are the API's own (src/contract), imported as
 * types only: the schemas stay on the server's side of the bundle.
 */
export type { Declaration, DeclarationState, Role };
export type RegisterUser = User;
/** A refusal the atlas can translate: which field, and why (the import's problem codes). */
export class RegisterError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly field?: string,
  ) {
    super(field ? `${code} (${field})` : code);
  }
}

/** The API's base URL when the register serves this page, else null. Read when asked, never on load. */
export function registerApi(): string | null {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="livcr-register"]');
  return meta?.content ? new URL(meta.content, document.baseURI).href : null;
}

let csrfToken = '';

/** One request to the register: JSON in and out, the session's CSRF token on writes; a refusal throws RegisterError. */
export async function call<T>(
  method: string,
  path: string,
  body?: unknown,
  extra: Record<string, string> = {},
): Promise<T> {
  const base = registerApi();
  if (!base) throw new RegisterError(0, 'no_register');
  const headers: Record<string, string> = { ...extra };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(new URL(path, base), {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as { error?: string; field?: string; code?: string };
  if (!response.ok) throw new RegisterError(response.status, json.code ?? json.error ?? 'failed', json.field);
  return json as T;
}

type MaybeSession = Partial<Session>;
/**
 * Whether this browser signed in: the session cookie is httpOnly, and asking the register
 * without one is a 401 in every anonymous visitor's console. Only a flag, no identity.
 */
const SIGNED_IN_FLAG = 'livcr-register-signed-in';
const flag = (on: boolean) => {
  try {
    if (on) localStorage.setItem(SIGNED_IN_FLAG, '1');
    else localStorage.removeItem(SIGNED_IN_FLAG);
  } catch {
    // Storage refused (private mode): the session is then asked for at each start.
  }
};
export const maySignedIn = () => {
  try {
    return localStorage.getItem(SIGNED_IN_FLAG) === '1';
  } catch {
    return true;
  }
};
const remember = (session: MaybeSession) => {
  csrfToken = session.csrfToken ?? '';
  flag(!!session.user);
  return session.user ?? null;
};

/** A page of a list: its rows, the cursor of the next page (null on the last), the totals by state. */
export interface RegisterPage<T, S extends string> {
  items: T[];
  next: number | null;
  totals: Record<S, number>;
}

const listPath = (list: string, state?: string, after?: number) => {
  const query = new URLSearchParams({ ...(state ? { state } : {}), ...(after ? { after: String(after) } : {}) });
  return `${list}${query.size ? `?${query}` : ''}`;
};

export const register = {
  session: async () => {
    try {
      return remember(await call<Answer<typeof sessionApi.session>>('GET', 'session'));
    } catch (error) {
      if (error instanceof RegisterError && error.status === 401) return remember({});
      throw error;
    }
  },
  signIn: async (email: string, password: string) =>
    remember(await call<Answer<typeof sessionApi.signIn>>('POST', 'session', { email, password })),
  signOut: async () => {
    remember({});
    await call('DELETE', 'session');
  },
  accept: (token: string, email: string, password: string) =>
    call('POST', `invitations/${encodeURIComponent(token)}/accept`, { email, password }),
  /** `key`: the same for a retry of the same declaration, so that the register stores it once. */
  declare: (input: DeclarationInput, key: string) =>
    call<Answer<typeof declarationApi.declare, 201>>('POST', 'declarations', input, { 'idempotency-key': key }),
  /** One page of declarations (a moderator's queue, an editor's own), after the cursor `after`. */
  declarations: (state?: DeclarationState, after?: number) =>
    call<Answer<typeof declarationApi.list>>('GET', listPath('declarations', state, after)).then(
      ({ declarations, next, totals }) => ({ items: declarations, next, totals }),
    ),
  approve: (id: number) => call('POST', `declarations/${id}/approve`, {}),
  reject: (id: number, reason: string) => call('POST', `declarations/${id}/reject`, { reason }),
  /** Initiatives: an editor declares and confirms "still running"; a moderator approves, rejects, archives. */
  initiatives: {
    /** `key`: the same for a retry of the same initiative, so that the register stores it once. */
    declare: (input: InitiativeInput, key: string) =>
      call<Answer<typeof initiativeApi.declare, 201>>('POST', 'initiatives', input, { 'idempotency-key': key }),
    /** One page of initiatives (a moderator's, by state; an editor's own), after the cursor `after`. */
    list: (state?: InitiativeState, after?: number) =>
      call<Answer<typeof initiativeApi.list>>('GET', listPath('initiatives', state, after)).then(
        ({ initiatives, next, totals }) => ({ items: initiatives, next, totals }),
      ),
    approve: (id: number, review_state: ReviewState) =>
      call<InitiativeItem>('POST', `initiatives/${id}/approve`, { review_state }),
    reject: (id: number, reason: string) => call<InitiativeItem>('POST', `initiatives/${id}/reject`, { reason }),
    archive: (id: number) => call<InitiativeItem>('POST', `initiatives/${id}/archive`, {}),
    confirm: (id: number) => call<InitiativeItem>('POST', `initiatives/${id}/confirm`, {}),
  },
};
