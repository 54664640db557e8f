import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportContext } from '../../src/data/import/context.ts';
import { importCsv } from '../../src/data/import/index.ts';
import { withRegisterOrigin } from '../../src/domain/register.ts';
import { loadShippedData } from '../content.ts';
import { A, ADMIN, Agent, B, invited, type Register, signedIn, startRegister } from './harness.ts';

let register: Register;
beforeAll(async () => {
  register = await startRegister();
});
afterAll(() => register.close());

const initiative = (extra: Record<string, unknown> = {}) => ({
  municipalities: [A],
  language: 'nl',
  title: 'Oudercafé radicalisering',
  theme: 'family_support',
  summary: 'Maandelijkse ontmoeting voor bezorgde ouders.',
  organisation: 'Stad Aalst',
  since: '2022',
  source_url: 'https://example.org/oudercafe',
  translations: { fr: 'Rencontre mensuelle pour parents inquiets.', en: 'Monthly meeting for worried parents.' },
  ...extra,
});

/** The snapshot's initiatives as the atlas reads them: the import, then the register's origin. */
async function snapshotInitiatives() {
  const response = await new Agent(register.app).request('GET', '/api/snapshot/initiatives.csv');
  const shipped = loadShippedData();
  const result = importCsv(
    new TextEncoder().encode(response.body),
    'initiatives.csv',
    createImportContext(shipped.lookup),
    {
      origin: 'public',
    },
  );
  return result.kind === 'initiatives' ? withRegisterOrigin(result.initiatives) : [];
}

describe('initiatives through the register', () => {
  it('declare → approve as checked → in the snapshot with origin register → confirm → archive', async () => {
    const { app } = register;
    const admin = await signedIn(app, ADMIN.email, ADMIN.password);
    const moderator = await invited(admin, 'moderator-i@example.org', 'moderator');
    const editor = await invited(moderator, 'editor-i@aalst.example.org', 'editor', [A]);

    // Checked by the import's own validation, naming the field; only the editor's municipalities.
    const badTheme = await editor.request('POST', '/api/initiatives', initiative({ theme: 'astrology' }));
    expect(badTheme.statusCode).toBe(400);
    expect(badTheme.json()).toMatchObject({ field: 'theme' });
    const badUrl = await editor.request('POST', '/api/initiatives', initiative({ source_url: 'javascript:alert(1)' }));
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json()).toMatchObject({ field: 'source_url' });
    const notMine = await editor.request('POST', '/api/initiatives', initiative({ municipalities: [B] }));
    expect(notMine.statusCode).toBe(403);

    const declared = await editor.request('POST', '/api/initiatives', initiative());
    expect(declared.statusCode).toBe(201);
    const { id } = declared.json() as { id: number };
    expect((await moderator.request('GET', '/api/initiatives?state=pending')).json()).toMatchObject({
      initiatives: [{ id, state: 'pending', initiative: { title_nl: 'Oudercafé radicalisering' } }],
    });
    expect((await snapshotInitiatives()).some((i) => i.id === `reg-i${id}`)).toBe(false);

    const approved = await moderator.request('POST', `/api/initiatives/${id}/approve`, { review_state: 'checked' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', reviewState: 'checked' });
    const again = await moderator.request('POST', `/api/initiatives/${id}/approve`, { review_state: 'checked' });
    expect(again.statusCode).toBe(409);

    const published = (await snapshotInitiatives()).find((i) => i.id === `reg-i${id}`);
    expect(published).toMatchObject({
      origin: 'register',
      municipalities: [A],
      theme: 'family_support',
      reviewState: 'checked',
      descriptionLanguage: 'nl',
      description: {
        nl: 'Maandelijkse ontmoeting voor bezorgde ouders.',
        fr: 'Rencontre mensuelle pour parents inquiets.',
        en: 'Monthly meeting for worried parents.',
      },
      sourceUrl: 'https://example.org/oudercafe',
    });
    expect(published?.confirmedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The day of approval, for the atlas's "Declared by the municipality, approved on …".
    expect(published?.updatedOn).toBe(published?.confirmedOn);

    expect((await editor.request('POST', `/api/initiatives/${id}/confirm`)).statusCode).toBe(200);
    expect((await moderator.request('POST', `/api/initiatives/${id}/archive`)).statusCode).toBe(200);
    expect((await snapshotInitiatives()).some((i) => i.id === `reg-i${id}`)).toBe(false);
    expect((await editor.request('POST', `/api/initiatives/${id}/confirm`)).statusCode).toBe(409);
  });

  it('rejects with a reason the editor sees', async () => {
    const { app } = register;
    const admin = await signedIn(app, ADMIN.email, ADMIN.password);
    const moderator = await invited(admin, 'moderator-j@example.org', 'moderator');
    const editor = await invited(moderator, 'editor-j@aalst.example.org', 'editor', [A]);
    const { id } = (await editor.request('POST', '/api/initiatives', initiative())).json() as { id: number };
    const rejected = await moderator.request('POST', `/api/initiatives/${id}/reject`, { reason: 'No source' });
    expect(rejected.statusCode).toBe(200);
    expect((await editor.request('GET', '/api/initiatives')).json()).toMatchObject({
      initiatives: [{ id, state: 'rejected', reason: 'No source' }],
    });
  });
});

describe("the initiatives' queue scales as the declarations' does", () => {
  it('a retry with its Idempotency-Key is stored once; the pending cap refuses past it, naming the municipality; the queue pages', async () => {
    const capped = await startRegister({ pendingCap: 4 });
    try {
      const admin = await signedIn(capped.app, ADMIN.email, ADMIN.password);
      const editor = await invited(admin, 'initiatives-queue@example.org', 'editor', [A, B]);
      const headers = { 'idempotency-key': 'initiative-retry-1' };
      const body = initiative({ title: 'Once only' });
      const tries = await Promise.all(
        Array.from({ length: 4 }, () => editor.request('POST', '/api/initiatives', body, { headers })),
      );
      expect(new Set(tries.map((r) => (r.json() as { id: number }).id)).size).toBe(1);
      expect(tries.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 201]);
      const stored = await capped.db.query('SELECT id FROM initiative_declarations');
      expect(stored).toHaveLength(1);
      // One pending for A already: three more fit, the fifth is refused; B is not at the cap.
      const more = [];
      for (let i = 0; i < 4; i++)
        more.push(await editor.request('POST', '/api/initiatives', initiative({ title: `A ${i}` })));
      expect(more.map((r) => r.statusCode)).toEqual([201, 201, 201, 409]);
      expect(more[3]?.json()).toEqual({ error: 'pending_cap', limit: 4, field: 'municipalities', value: A });
      const forB = await editor.request('POST', '/api/initiatives', initiative({ municipalities: [B], title: 'B' }));
      expect(forB.statusCode).toBe(201);
      const seen: number[] = [];
      let after: number | null = 0;
      let totals: Record<string, number> = {};
      while (after !== null) {
        const page = (await admin.request('GET', `/api/initiatives?state=pending&limit=2&after=${after}`)).json() as {
          initiatives: { id: number }[];
          next: number | null;
          totals: Record<string, number>;
        };
        expect(page.initiatives.length).toBeLessThanOrEqual(2);
        seen.push(...page.initiatives.map((i) => i.id));
        ({ next: after, totals } = page);
      }
      expect(seen).toHaveLength(5);
      expect(totals).toEqual({ pending: 5, approved: 0, rejected: 0, archived: 0 });
    } finally {
      await capped.close();
    }
  });
});
