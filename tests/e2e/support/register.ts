import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { buildRegister, type RegisterOptions } from '../../../server/app.ts';
import { ensureFirstAdmin } from '../../../server/bootstrap.ts';
import { loadShippedData } from '../../../server/content.ts';
import { openStorage } from '../../../server/db/open.ts';
import { openPostgres } from '../../../server/db/pg.ts';
import type { Db } from '../../../server/db/types.ts';
import { readIndexHtml } from '../../../server/headers.ts';

const root = resolve(import.meta.dirname, '../../..');
export const ADMIN = { email: 'admin@example.org', password: 'first admin password' };

export interface ServedRegister {
  url: string;
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

/**
 * The register serving the production build on a free port: on an in-memory PGlite, or with
 * TEST_DATABASE_URL in a new schema of that PostgreSQL, dropped at close (as server/test/harness.ts).
 */
export async function serveRegister(options: Pick<RegisterOptions, 'mail'> = {}): Promise<ServedRegister> {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  const schema = databaseUrl ? `register_e2e_${randomBytes(6).toString('hex')}` : undefined;
  const onOwner = async (sql: string) => {
    const owner = openPostgres({ url: databaseUrl ?? '' });
    await owner.exec(sql).finally(() => owner.close());
  };
  if (schema) await onOwner(`CREATE SCHEMA ${schema}`);
  const db = await openStorage(databaseUrl && schema ? { databaseUrl, schema } : {});
  await ensureFirstAdmin(db, ADMIN.email, ADMIN.password);
  const distDir = resolve(root, 'dist');
  const app = await buildRegister({
    db,
    shipped: loadShippedData(),
    indexHtml: readIndexHtml(resolve(distDir, 'index.html'), resolve(root, 'index.html')),
    distDir,
    ...options,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the register has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    app,
    db,
    async close() {
      await app.close();
      await db.close();
      if (schema) await onOwner(`DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

/** The admin's invitation link, made through the API as a script would. */
export async function invitationUrl(app: FastifyInstance, body: object): Promise<string> {
  const login = await app.inject({ method: 'POST', url: '/api/session', payload: ADMIN });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const { csrfToken } = login.json<{ csrfToken: string }>();
  const made = await app.inject({
    method: 'POST',
    url: '/api/invitations',
    headers: { cookie, 'x-csrf-token': csrfToken },
    payload: body,
  });
  expect(made.statusCode).toBe(201);
  return made.json<{ url: string }>().url;
}
