import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildRegister, type RegisterOptions } from '../app.ts';
import { ensureFirstAdmin } from '../bootstrap.ts';
import { loadShippedData, type ShippedData } from '../content.ts';
import { openStorage } from '../db/open.ts';
import { openPostgres } from '../db/pg.ts';
import type { Db } from '../db/types.ts';
import type { LogTarget } from '../redact.ts';
import type { Role } from '../roles.ts';

export const ADMIN = { email: 'admin@example.org', password: 'first admin password' };
export const PASSWORD = 'a long enough password';
/** Two municipalities of the shipped lookup: Aalst and Antwerpen. */
export const A = '41002';
export const B = '11002';

let shipped: ShippedData | undefined;
const indexHtml = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');

export interface Register {
  app: FastifyInstance;
  db: Db;
  /** On PostgreSQL: the owner's connection to the test schema (migrations, audit checks). */
  owner?: Db;
  /** On PostgreSQL: the test schema, for a second register on the same database. */
  schema?: string;
  close(): Promise<void>;
}

export interface StartOptions {
  loginMax?: number;
  resetMax?: number;
  /** The in-process SMTP server's URL, when a test reads the mails. */
  smtpUrl?: string;
  /** Where the server logs (redact.ts); nowhere when unset. */
  log?: LogTarget;
  /** Pending declarations per editor and municipality; the server's default when unset. */
  pendingCap?: number;
  /** PostgreSQL: connect through this URL (a TCP proxy) rather than TEST_DATABASE_URL. */
  databaseUrl?: string;
  /** PostgreSQL: join this register's schema rather than making a new one. */
  schema?: string;
  applicationName?: string;
  /** Puts a fault in front of the storage (a full disk, a read-only database). */
  wrap?: (db: Db) => Db;
  /** Sees each route as it is registered. */
  onRoute?: RegisterOptions['onRoute'];
}

/**
 * A fresh register: in-memory PGlite, or with TEST_DATABASE_URL a new schema on that
 * PostgreSQL, dropped at close, so that runs and files never share rows.
 */
export async function startRegister(options: StartOptions = {}): Promise<Register> {
  shipped ??= loadShippedData();
  const url = process.env.TEST_DATABASE_URL;
  let owner: Db | undefined;
  let schema: string | undefined = options.schema;
  // A schema given is another register's: this one joins it and leaves it to its maker to drop.
  if (url && !schema) {
    schema = `register_test_${randomBytes(6).toString('hex')}`;
    const admin = openPostgres({ url });
    await admin.exec(`CREATE SCHEMA ${schema}`);
    await admin.close();
    owner = openPostgres({ url, schema });
  }
  const db = await openStorage(
    url
      ? {
          databaseUrl: options.databaseUrl ?? url,
          migrationUrl: url,
          ...(schema ? { schema } : {}),
          ...(options.applicationName ? { applicationName: options.applicationName } : {}),
        }
      : { pgliteDump: new Blob([await readFile(inject('pgliteDump'))]) },
  );
  await ensureFirstAdmin(db, ADMIN.email, ADMIN.password);
  const app = await buildRegister({
    db: options.wrap ? options.wrap(db) : db,
    shipped,
    indexHtml,
    loginLimit: { max: options.loginMax ?? 10_000, timeWindow: 60_000 },
    resetLimit: { max: options.resetMax ?? 10_000, timeWindow: 60_000 },
    accessLimit: { max: options.resetMax ?? 10_000, timeWindow: 60_000 },
    // The in-process SMTP server when a test reads mails, else a throwaway folder; quick retries.
    mail: {
      ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : { folder: await mkdtemp(resolve(tmpdir(), 'livcr-mail-')) }),
      sender: { baseDelayMs: 50, maxDelayMs: 500, pollMs: 100 },
    },
    ...(options.pendingCap ? { pendingCap: options.pendingCap } : {}),
    ...(options.log ? { logger: options.log } : {}),
    ...(options.onRoute ? { onRoute: options.onRoute } : {}),
  });
  return {
    app,
    db,
    ...(schema ? { schema } : {}),
    ...(owner ? { owner } : {}),
    async close() {
      await app.close();
      await db.close();
      if (owner && schema) {
        await owner.exec(`DROP SCHEMA ${schema} CASCADE`);
        await owner.close();
      }
    },
  };
}

type Method = 'GET' | 'POST' | 'DELETE';

/** A browser's worth of state: the session cookie and the CSRF token GET /session gave. */
export class Agent {
  cookie = '';
  csrf = '';
  constructor(readonly app: FastifyInstance) {}

  async request(
    method: Method,
    url: string,
    body?: unknown,
    { csrf = true, headers = {} }: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(csrf && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  }

  async login(email: string, password: string): Promise<LightMyRequestResponse> {
    const response = await this.request('POST', '/api/session', { email, password });
    const cookie = response.cookies.find((c) => c.name === 'livcr_session');
    if (cookie) {
      this.cookie = `${cookie.name}=${cookie.value}`;
      this.csrf = (response.json() as { csrfToken: string }).csrfToken;
    }
    return response;
  }
}

export async function signedIn(app: FastifyInstance, email: string, password: string): Promise<Agent> {
  const agent = new Agent(app);
  const response = await agent.login(email, password);
  if (response.statusCode !== 200) throw new Error(`login ${email}: ${response.statusCode} ${response.body}`);
  return agent;
}

/** An account made the way people get one: an invitation by `inviter`, accepted, signed in. */
export async function invited(inviter: Agent, email: string, role: Role, municipalities: string[] = []) {
  const invitation = await inviter.request('POST', '/api/invitations', {
    role,
    ...(municipalities.length ? { municipalities } : {}),
  });
  if (invitation.statusCode !== 201) throw new Error(`invite: ${invitation.statusCode} ${invitation.body}`);
  const token = new URL((invitation.json() as { url: string }).url).searchParams.get('invitation') ?? '';
  const accepted = await new Agent(inviter.app).request('POST', `/api/invitations/${token}/accept`, {
    email,
    password: PASSWORD,
  });
  if (accepted.statusCode !== 201) throw new Error(`accept: ${accepted.statusCode} ${accepted.body}`);
  return signedIn(inviter.app, email, PASSWORD);
}

export const declaration = (nis: string | number, extra: Record<string, unknown> = {}) => ({
  nis,
  status: 'active',
  level: 'municipal',
  established_on: '2019-05',
  source_url: 'https://example.org/livc-r',
  note: 'Declared in a test.',
  ...extra,
});
