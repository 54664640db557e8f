import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declarationWriter } from '../declare.ts';
import { A, ADMIN, type Agent, B, declaration, invited, type Register, signedIn, startRegister } from './harness.ts';

let register: Register;
let admin: Agent;
let editor: Agent;
beforeAll(async () => {
  register = await startRegister({ pendingCap: 1000 });
  admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
  editor = await invited(admin, 'queue@example.org', 'editor', [A]);
});
afterAll(() => register.close());

type Page = {
  declarations: { id: number; outsideMembers: string[] }[];
  next: number | null;
  totals: Record<string, number>;
};

describe('queues that scale', () => {
  it('pages the queue with a cursor and gives the totals', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 25; i++) {
      ids.push(((await editor.request('POST', '/api/declarations', declaration(A))).json() as { id: number }).id);
    }
    const seen: number[] = [];
    let after: number | null = 0;
    let totals: Record<string, number> = {};
    while (after !== null) {
      const page = (
        await admin.request('GET', `/api/declarations?state=pending&limit=10&after=${after}`)
      ).json() as Page;
      expect(page.declarations.length).toBeLessThanOrEqual(10);
      seen.push(...page.declarations.map((d) => d.id));
      totals = page.totals;
      after = page.next;
    }
    expect(seen).toEqual(ids);
    expect(totals).toEqual({ pending: 25, approved: 0, rejected: 0 });
    const bad = await admin.request('GET', '/api/declarations?limit=5000');
    expect(bad.json()).toMatchObject({ error: 'invalid', field: 'limit' });
  });

  it('caps the pending declarations per editor and municipality', async () => {
    const [user] = await register.db.query<{ id: number }>("SELECT id FROM users WHERE email = 'queue@example.org'");
    const write = declarationWriter(register.db, 27);
    const row = { nis: A, cell: { note: 'capped' }, declaredBy: user?.id ?? 0 };
    // 25 pending already: two more fit, the next three are refused.
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => write(row)));
    expect(outcomes.map((o) => (o === 'pending_cap' ? o : 'stored'))).toEqual([
      'stored',
      'stored',
      'pending_cap',
      'pending_cap',
      'pending_cap',
    ]);
  });

  it('an Idempotency-Key makes a retry find the declaration its first try stored', async () => {
    const headers = { 'idempotency-key': 'retry-7f3a' };
    const body = declaration(A, { note: 'once only' });
    const first = await editor.request('POST', '/api/declarations', body, { headers });
    const retries = await Promise.all(
      Array.from({ length: 5 }, () => editor.request('POST', '/api/declarations', body, { headers })),
    );
    expect(first.statusCode).toBe(201);
    const { id } = first.json() as { id: number };
    for (const r of retries) expect(r.json()).toEqual({ id, state: 'pending' });
    expect(retries.map((r) => r.statusCode)).toEqual(Array(5).fill(200));
    const rows = await register.db.query("SELECT id FROM declarations WHERE cell->>'note' = 'once only'");
    expect(rows).toHaveLength(1);
    const bad = await editor.request('POST', '/api/declarations', body, { headers: { 'idempotency-key': 'a b' } });
    expect(bad.json()).toEqual({ error: 'invalid', field: 'Idempotency-Key', code: 'pattern' });
  });

  it('concurrent first tries with one key store one declaration', async () => {
    const headers = { 'idempotency-key': 'race-1' };
    const body = declaration(A, { note: 'raced' });
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => editor.request('POST', '/api/declarations', body, { headers })),
    );
    const ids = new Set(responses.map((r) => (r.json() as { id: number }).id));
    expect(ids.size).toBe(1);
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(await register.db.query("SELECT id FROM declarations WHERE cell->>'note' = 'raced'")).toHaveLength(1);
  });

  it("marks the members named outside the declarer's own municipalities", async () => {
    const { id } = (
      await editor.request('POST', '/api/declarations', declaration(A, { members: [B], level: 'intermunicipal' }))
    ).json() as { id: number };
    const page = (await admin.request('GET', `/api/declarations?after=${id - 1}&limit=1`)).json() as Page;
    expect(page.declarations[0]).toMatchObject({ id, outsideMembers: [B] });
  });

  it('the totals the triggers keep agree with a count of the rows, after concurrent approvals and rejections', async () => {
    const pending = ((await admin.request('GET', '/api/declarations?state=pending&limit=12')).json() as Page)
      .declarations;
    await Promise.all(
      pending.map((d, i) =>
        i % 2
          ? admin.request('POST', `/api/declarations/${d.id}/approve`, {})
          : admin.request('POST', `/api/declarations/${d.id}/reject`, { reason: 'not checked' }),
      ),
    );
    const counted = await register.db.query<{ state: string; count: number }>(
      'SELECT state, count(*)::integer AS count FROM declarations GROUP BY state',
    );
    const expected = Object.fromEntries(['pending', 'approved', 'rejected'].map((s) => [s, 0]));
    for (const row of counted) expected[row.state] = row.count;
    const page = (await admin.request('GET', '/api/declarations?limit=1')).json() as Page;
    expect(page.totals).toEqual(expected);
    expect(page.totals.approved).toBeGreaterThan(0);
    expect(page.totals.rejected).toBeGreaterThan(0);
    const mine = (await editor.request('GET', '/api/declarations?limit=1')).json() as Page;
    expect(mine.totals).toEqual(expected);
  });
});
