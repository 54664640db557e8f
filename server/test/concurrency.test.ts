import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, ADMIN, declaration, invited, type Register, signedIn, startRegister } from './harness.ts';

let register: Register;
beforeAll(async () => {
  register = await startRegister({ pendingCap: 1000 });
});
afterAll(() => register.close());

describe('concurrency', () => {
  it('two simultaneous approvals: one 200, one 409, one audit row', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const moderator = await invited(admin, 'moderator@example.org', 'moderator');
    const editor = await invited(admin, 'editor@example.org', 'editor', [A]);
    const { id } = (await editor.request('POST', '/api/declarations', declaration(A))).json() as { id: number };
    const responses = await Promise.all([
      moderator.request('POST', `/api/declarations/${id}/approve`),
      admin.request('POST', `/api/declarations/${id}/approve`),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const rows = await register.db.query("SELECT id FROM audit WHERE action = 'approval' AND subject = $1", [
      String(id),
    ]);
    expect(rows).toHaveLength(1);
    const statements = await register.db.query('SELECT id FROM statements WHERE declaration_id = $1', [id]);
    expect(statements).toHaveLength(1);
    const rejected = await moderator.request('POST', `/api/declarations/${id}/reject`, { reason: 'late' });
    expect(rejected.statusCode).toBe(409);
  });

  it('50 concurrent declarations are all stored', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const editor = await invited(admin, 'busy@example.org', 'editor', [A]);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        editor.request('POST', '/api/declarations', declaration(A, { note: `declaration ${i}` })),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const ids = new Set(responses.map((r) => (r.json() as { id: number }).id));
    expect(ids.size).toBe(50);
    const stored = await register.db.query<{ note: string }>(
      "SELECT cell->>'note' AS note FROM declarations WHERE declared_by = (SELECT id FROM users WHERE email = $1)",
      ['busy@example.org'],
    );
    expect(stored.map((r) => r.note).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `declaration ${i}`).sort());
    // Writes are grouped (server/batch.ts): each answer must still name its own declaration.
    const notes = await register.db.query<{ id: number; note: string }>(
      "SELECT id, cell->>'note' AS note FROM declarations",
    );
    const noteOf = new Map(notes.map((r) => [r.id, r.note]));
    responses.forEach((r, i) => {
      expect(noteOf.get((r.json() as { id: number }).id)).toBe(`declaration ${i}`);
    });
    const audited = await register.db.query("SELECT 1 FROM audit WHERE action = 'declaration'");
    expect(audited.length).toBeGreaterThanOrEqual(50);
  });
});
