import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { buildRegister } from '../../server/app.ts';
import { ensureFirstAdmin } from '../../server/bootstrap.ts';
import { loadShippedData } from '../../server/content.ts';
import { openStorage } from '../../server/db/open.ts';
import { startSmtp } from '../../server/test/smtp.ts';
import { resolveMunicipality } from '../../src/data/import/context.ts';
import type { Row } from '../report.ts';
import { round } from './stats.ts';

const root = resolve(import.meta.dirname, '../..');
const ADMIN = { email: 'bench-admin@example.org', password: 'bench admin password' };
const BULK_GOAL_MS = 3000;
/** All of a bulk invitation of every municipality out within a minute. */
const MAILS_PER_S_GOAL = 10;

/**
 * Bulk invitation of all 565 municipalities (one CSV, one request: checked, invited and queued
 * in one transaction), then the time until the in-process SMTP server (smtp-server) has received
 * all 565 mails: the outbox's throughput through nodemailer's SMTP pool. Fresh in-memory PGlite.
 */
export async function measureMail() {
  const smtp = await startSmtp();
  const db = await openStorage({});
  await ensureFirstAdmin(db, ADMIN.email, ADMIN.password);
  const shipped = loadShippedData();
  const app = await buildRegister({
    db,
    shipped,
    indexHtml: readFileSync(resolve(root, 'index.html'), 'utf8'),
    mail: { smtpUrl: smtp.url, folder: await mkdtemp(resolve(tmpdir(), 'livcr-bench-mail-')) },
  });
  try {
    const login = await app.inject({ method: 'POST', url: '/api/session', payload: ADMIN });
    const cookie = login.cookies.find((c) => c.name === 'livcr_session');
    const headers = {
      cookie: `${cookie?.name}=${cookie?.value}`,
      'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken,
    };
    // Names and NIS codes, as a moderator's file has them; a name two municipalities share by its code.
    const reference = (m: (typeof shipped.lookup.municipalities)[number], i: number) =>
      i % 2 && resolveMunicipality(shipped.context, m.names.nl).kind === 'placed' ? m.names.nl : m.nis;
    const csv = [
      'municipality;email',
      ...shipped.lookup.municipalities.map((m, i) => `${reference(m, i)};coordinator${i}@example.org`),
    ].join('\n');
    const started = performance.now();
    const response = await app.inject({ method: 'POST', url: '/api/invitations/bulk', headers, payload: { csv } });
    const bulkMs = performance.now() - started;
    const invited = (response.json() as { invited?: unknown[] }).invited?.length ?? 0;
    const count = shipped.lookup.municipalities.length;
    const until = Date.now() + 120_000;
    while (smtp.received.length < invited && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    const deliveredMs = performance.now() - started;
    return {
      rows: count,
      invited,
      bulkMs: round(bulkMs, 0),
      mails: smtp.received.length,
      mailsPerSecond: round(smtp.received.length / (deliveredMs / 1000), 0),
      deliveredMs: round(deliveredMs, 0),
    };
  } finally {
    await app.close();
    await db.close();
    await smtp.stop();
  }
}

export type MailResults = Awaited<ReturnType<typeof measureMail>>;

export function mailRows(r: MailResults): Omit<Row, 'last'>[] {
  return [
    {
      measure: `register bulk invitation, ${r.rows} rows: time ÷ 3 s`,
      ours: `${r.bulkMs} ms, ${r.invited} invited`,
      reference: `${BULK_GOAL_MS} ms`,
      ratio: round(r.bulkMs / BULK_GOAL_MS),
      goal: '≤ 1',
      met: r.bulkMs <= BULK_GOAL_MS && r.invited === r.rows,
    },
    {
      measure: 'register mail throughput to an in-process SMTP server ÷ 10/s',
      ours: `${r.mailsPerSecond} mails/s, ${r.mails} in ${r.deliveredMs} ms`,
      reference: `${MAILS_PER_S_GOAL} mails/s`,
      ratio: round(r.mailsPerSecond / MAILS_PER_S_GOAL),
      goal: '≥ 1',
      met: r.mailsPerSecond >= MAILS_PER_S_GOAL && r.mails === r.rows,
    },
  ];
}
