import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  A,
  ADMIN,
  Agent,
  B,
  declaration,
  invited,
  PASSWORD,
  type Register,
  signedIn,
  startRegister,
} from './harness.ts';

type Actor = 'anonymous' | 'editor of A' | 'editor of B' | 'moderator' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'editor of A', 'editor of B', 'moderator', 'admin'];

let register: Register;
let agents: Record<Actor, Agent>;
let count = 0;

/** A fresh pending declaration for A, so that each approval or rejection has one to decide. */
async function pending() {
  const response = await agents['editor of A'].request('POST', '/api/declarations', declaration(A));
  return (response.json() as { id: number }).id;
}

async function invitationToken() {
  const response = await agents.admin.request('POST', '/api/invitations', { role: 'editor', municipalities: [B] });
  return new URL((response.json() as { url: string }).url).searchParams.get('invitation') ?? '';
}

/** A fresh account whose role can be changed. */
async function account() {
  const response = await agents.admin.request('POST', `/api/invitations/${await invitationToken()}/accept`, {
    email: `account${++count}@example.org`,
    password: PASSWORD,
  });
  return (response.json() as { user: { id: number } }).user.id;
}

interface Call {
  call: string;
  method: 'GET' | 'POST' | 'DELETE';
  url: () => Promise<string> | string;
  body?: () => unknown;
  expected: Record<Actor, number>;
}

const ALL = (status: number, anonymous = 401): Record<Actor, number> => ({
  anonymous,
  'editor of A': status,
  'editor of B': status,
  moderator: status,
  admin: status,
});

// DELETE /session comes last: it ends the sessions the other rows use.
const CALLS: Call[] = [
  { call: 'POST /session', method: 'POST', url: () => '/api/session', body: () => ADMIN, expected: ALL(200, 200) },
  { call: 'GET /session', method: 'GET', url: () => '/api/session', expected: ALL(200) },
  {
    call: 'POST /invitations',
    method: 'POST',
    url: () => '/api/invitations',
    body: () => ({ role: 'editor', municipalities: [A] }),
    expected: { ...ALL(403), moderator: 201, admin: 201 },
  },
  {
    call: 'POST /invitations/:token/accept',
    method: 'POST',
    url: async () => `/api/invitations/${await invitationToken()}/accept`,
    body: () => ({ email: `new${++count}@example.org`, password: PASSWORD }),
    expected: ALL(201, 201),
  },
  {
    call: 'POST /declarations (for A)',
    method: 'POST',
    url: () => '/api/declarations',
    body: () => declaration(A),
    expected: { ...ALL(403), 'editor of A': 201 },
  },
  {
    call: 'GET /declarations?state=pending',
    method: 'GET',
    url: () => '/api/declarations?state=pending',
    expected: ALL(200),
  },
  {
    call: 'POST /declarations/:id/approve',
    method: 'POST',
    url: async () => `/api/declarations/${await pending()}/approve`,
    expected: { ...ALL(403), moderator: 200, admin: 200 },
  },
  {
    call: 'POST /declarations/:id/reject',
    method: 'POST',
    url: async () => `/api/declarations/${await pending()}/reject`,
    body: () => ({ reason: 'No source.' }),
    expected: { ...ALL(403), moderator: 200, admin: 200 },
  },
  { call: 'GET /audit', method: 'GET', url: () => '/api/audit', expected: { ...ALL(403), admin: 200 } },
  { call: 'GET /users', method: 'GET', url: () => '/api/users', expected: { ...ALL(403), admin: 200 } },
  {
    call: 'POST /users/:id/role',
    method: 'POST',
    url: async () => `/api/users/${await account()}/role`,
    body: () => ({ role: 'moderator' }),
    expected: { ...ALL(403), admin: 200 },
  },
  { call: 'DELETE /session', method: 'DELETE', url: () => '/api/session', expected: ALL(200) },
];

beforeAll(async () => {
  register = await startRegister();
  const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
  agents = {
    anonymous: new Agent(register.app),
    'editor of A': await invited(admin, 'a@example.org', 'editor', [A]),
    'editor of B': await invited(admin, 'b@example.org', 'editor', [B]),
    moderator: await invited(admin, 'moderator@example.org', 'moderator'),
    admin,
  };
});
afterAll(() => register.close());

describe('the authorization matrix', () => {
  const cases = CALLS.flatMap((c) => ACTORS.map((actor) => ({ ...c, actor, status: c.expected[actor] })));
  it.each(cases)('$call as $actor → $status', async ({ method, url, body, actor, status }) => {
    const response = await agents[actor].request(method, await url(), body?.());
    expect(response.statusCode, response.body).toBe(status);
  });

  it('an editor sees the states of their own declarations only', async () => {
    // The matrix's last row signed everyone out.
    const editorB = await signedIn(register.app, 'b@example.org', PASSWORD);
    const mine = (await editorB.request('GET', '/api/declarations')).json() as { declarations: [] };
    expect(mine.declarations).toEqual([]);
    const editorA = await signedIn(register.app, 'a@example.org', PASSWORD);
    const theirs = (await editorA.request('GET', '/api/declarations')).json() as { declarations: [] };
    expect(theirs.declarations.length).toBeGreaterThan(0);
  });

  it('a role change ends the sessions of the account, and is audited', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const editor = await invited(admin, 'promoted@example.org', 'editor', [A]);
    const { user } = (await editor.request('GET', '/api/session')).json() as { user: { id: number } };
    const changed = await admin.request('POST', `/api/users/${user.id}/role`, { role: 'moderator' });
    expect(changed.json()).toMatchObject({ user: { role: 'moderator', municipalities: [] } });
    expect((await editor.request('GET', '/api/session')).statusCode).toBe(401);
    const { entries } = (await admin.request('GET', '/api/audit')).json() as { entries: { action: string }[] };
    expect(entries[0]?.action).toBe('role_change');
    const own = await admin.request('POST', '/api/users/1/role', { role: 'moderator' });
    expect(own.json()).toMatchObject({ field: 'id', code: 'own_account' });
  });

  it('a moderator may invite editors only', async () => {
    const signedAgain = await signedIn(register.app, 'moderator@example.org', PASSWORD);
    const response = await signedAgain.request('POST', '/api/invitations', { role: 'admin' });
    expect(response.statusCode).toBe(403);
  });
});
