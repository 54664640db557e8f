import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTable } from '../../src/data/import/table.ts';
import { loadShippedData } from '../content.ts';
import { publiclyNamed } from '../outreach.ts';
import { A, ADMIN, Agent, B, declaration, invited, type Register, signedIn, startRegister } from './harness.ts';
import { type Smtp, startSmtp } from './smtp.ts';

let smtp: Smtp;
let register: Register;
beforeAll(async () => {
  smtp = await startSmtp();
  register = await startRegister({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await register.close();
  await smtp.stop();
});

const LIERDE = '45063';
const GENT = '44021';
const { lookup } = loadShippedData();
const named = publiclyNamed({ lookup });
const publicFacts = named.size;

async function mailTo(email: string, count = 1, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (smtp.to(email).length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return smtp.to(email);
}
const param = (link: string | undefined, name: string) => new URL(link ?? 'http://x/').searchParams.get(name) ?? '';

describe('access requests', () => {
  it('an uninvited coordinator asks for Lierde, confirms by mail; the moderator approves and an invitation is mailed', async () => {
    const anonymous = new Agent(register.app);
    const asked = await anonymous.request('POST', '/api/access-requests', {
      email: 'preventie@lierde.be',
      municipalities: [LIERDE],
      function: 'Preventieambtenaar, coördinator van de LIVC-R',
      language: 'nl',
    });
    expect(asked.statusCode).toBe(202);
    const other = await anonymous.request('POST', '/api/access-requests', {
      email: 'someone@gmail.example',
      municipalities: [GENT],
      function: 'Coordinator',
      language: 'fr',
    });
    expect(other.statusCode).toBe(202);
    const bad = await anonymous.request('POST', '/api/access-requests', {
      email: 'x@y.be',
      municipalities: ['99999'],
      function: 'Coordinator',
      language: 'nl',
    });
    expect(bad.json()).toMatchObject({ field: 'municipalities', code: 'unknown_municipality' });

    const moderator = await invited(
      await signedIn(register.app, ADMIN.email, ADMIN.password),
      'mod@example.org',
      'moderator',
    );
    // Unconfirmed requests are not in the queue.
    expect((await moderator.request('GET', '/api/access-requests')).json()).toMatchObject({ total: 0 });

    for (const email of ['preventie@lierde.be', 'someone@gmail.example']) {
      const [confirm] = await mailTo(email);
      const token = param(confirm?.link, 'access');
      expect((await anonymous.request('POST', '/api/access-requests/confirm', { token })).statusCode).toBe(200);
      expect((await anonymous.request('POST', '/api/access-requests/confirm', { token })).statusCode).toBe(404);
    }
    const queue = (await moderator.request('GET', '/api/access-requests')).json() as {
      requests: { id: number; email: string; domainMatches: boolean; function: string }[];
      total: number;
    };
    expect(queue.total).toBe(2);
    const [lierde, gent] = queue.requests;
    expect(lierde).toMatchObject({ email: 'preventie@lierde.be', domainMatches: true });
    expect(gent).toMatchObject({ email: 'someone@gmail.example', domainMatches: false });

    expect((await moderator.request('POST', `/api/access-requests/${lierde?.id}/approve`)).statusCode).toBe(200);
    expect((await moderator.request('POST', `/api/access-requests/${lierde?.id}/approve`)).statusCode).toBe(409);
    const reject = await moderator.request('POST', `/api/access-requests/${gent?.id}/reject`, {
      reason: 'Write from the municipality’s address.',
    });
    expect(reject.statusCode).toBe(200);
    const [, invitation] = await mailTo('preventie@lierde.be', 2);
    expect(invitation?.subject).toMatch(/^Uitnodiging.*Lierde/);
    expect(param(invitation?.link, 'invitation')).not.toBe('');
    const [, rejected] = await mailTo('someone@gmail.example', 2);
    expect(rejected?.text).toContain('Motif : Write from the municipality’s address.');
  });
});

describe('outreach', () => {
  it('counts each state after the flows, in JSON and CSV, and filters by province', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    // Aalst: an active account with a pending declaration; Antwerpen: an approved statement.
    const aalst = await invited(admin, 'editor@aalst.example.org', 'editor', [A]);
    const antwerpen = await invited(admin, 'editor@antwerpen.example.org', 'editor', [B]);
    await aalst.request('POST', '/api/declarations', declaration(A));
    const declared = await antwerpen.request('POST', '/api/declarations', declaration(B));
    await admin.request('POST', `/api/declarations/${(declared.json() as { id: number }).id}/approve`);
    // Brugge: an account, nothing declared yet.
    await invited(admin, 'editor@brugge.example.org', 'editor', ['31005']);

    const outreach = (await admin.request('GET', '/api/outreach')).json() as {
      counts: Record<string, number>;
      municipalities: { nis: string; state: string; approvedOn: string | null }[];
    };
    const publicOf = (nis: string) => named.has(nis);
    const taken = [LIERDE, A, B, '31005'].filter(publicOf).length;
    expect(outreach.counts).toEqual({
      approved: 1,
      declaration_pending: 1,
      account_active: 1,
      invited: 1,
      public_facts: publicFacts - taken,
      no_information: 565 - publicFacts - (4 - taken),
    });
    const state = (nis: string) => outreach.municipalities.find((m) => m.nis === nis);
    expect(state(LIERDE)?.state).toBe('invited');
    expect(state(B)).toMatchObject({ state: 'approved', approvedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    const csv = await admin.request('GET', '/api/outreach.csv?lang=fr');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const table = parseTable(csv.body);
    expect(table.header).toEqual(['nis', 'municipality', 'province', 'zone', 'state', 'approved_on']);
    expect(table.rows).toHaveLength(565);
    for (const [name, count] of Object.entries(outreach.counts)) {
      expect(table.rows.filter((r) => r[4] === name)).toHaveLength(count);
    }
    expect(table.rows.find((r) => r[0] === B)?.[1]).toBe('Anvers');

    const eastFlanders = (await admin.request('GET', '/api/outreach?province=40000')).json() as {
      counts: Record<string, number>;
      municipalities: unknown[];
    };
    expect(eastFlanders.municipalities.length).toBe(lookup.municipalities.filter((m) => m.province === '40000').length);
    expect(eastFlanders.counts.invited).toBe(1);
    expect((await new Agent(register.app).request('GET', '/api/outreach')).statusCode).toBe(401);
    expect((await aalst.request('GET', '/api/outreach')).statusCode).toBe(403);
  });

  it('reminds the invited who did not accept and the editors who did not declare, at most once a week', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const first = (await admin.request('POST', '/api/outreach/remind')).json();
    // Lierde's coordinator (invited, not accepted) and Brugge's editor (no declaration yet).
    expect(first).toEqual({ reminded: { invited: 1, editors: 1 } });
    const again = (await admin.request('POST', '/api/outreach/remind')).json();
    expect(again).toEqual({ reminded: { invited: 0, editors: 0 } });
    const [reminder] = (await mailTo('preventie@lierde.be', 3)).slice(2);
    expect(reminder?.subject).toMatch(/^Herinnering/);
    const brugge = await mailTo('editor@brugge.example.org');
    expect(brugge[0]?.subject).toMatch(/^Herinnering/);
    // The reminder's fresh link works; the approval's old one no longer does.
    const accepted = await new Agent(register.app).request(
      'POST',
      `/api/invitations/${param(reminder?.link, 'invitation')}/accept`,
      { email: 'preventie@lierde.be', password: 'a long enough password' },
    );
    expect(accepted.statusCode).toBe(201);
    const audit = (await admin.request('GET', '/api/audit')).json() as { entries: { action: string }[] };
    expect(audit.entries.filter((e) => e.action === 'reminder')).toHaveLength(2);
  });
});
