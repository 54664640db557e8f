/**
 * npm run register: serves the built atlas at / and the register's API at /api, on PORT (8080).
 * npm run register -- migrate: runs the migrations and stops. PostgreSQL when DATABASE_URL is
 * set (the server's login; MIGRATION_DATABASE_URL the owner's, DATABASE_URL's by default), else
 * PGlite in REGISTER_DATA_DIR (default .register-data/).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildRegister } from './app.ts';
import { ensureFirstAdmin } from './bootstrap.ts';
import { loadShippedData } from './content.ts';
import { migrateOnly, openStorage, type StorageOptions } from './db/open.ts';
import { readIndexHtml } from './headers.ts';
import { trustProxyOf } from './limits.ts';

const root = resolve(import.meta.dirname, '..');
const env = process.env;
const storage: StorageOptions = env.DATABASE_URL
  ? {
      databaseUrl: env.DATABASE_URL,
      ...(env.MIGRATION_DATABASE_URL ? { migrationUrl: env.MIGRATION_DATABASE_URL } : {}),
      warn: (message) => console.warn(`Warning: ${message}`),
    }
  : { dataDir: resolve(root, env.REGISTER_DATA_DIR ?? '.register-data') };
const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${storage.dataDir}`;

/** A start that cannot go on says why in one line (a locked folder, a database refusing) and exits. */
const orExit = <T>(step: Promise<T>): Promise<T> =>
  step.catch((error: unknown) => {
    console.error(`The register cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });

if (process.argv[2] === 'migrate') {
  const version = await orExit(migrateOnly(storage));
  console.log(`Migrated ${where} to version ${version}`);
} else {
  const distDir = resolve(root, 'dist');
  const built = existsSync(resolve(distDir, 'index.html'));
  if (!built) console.warn('dist/ has no build: serving the API only. Run npm run build to serve the atlas too.');
  const trustProxy = trustProxyOf(env.REGISTER_TRUST_PROXY);
  if (env.REGISTER_TRUST_PROXY?.trim() === 'true') {
    console.warn(
      "REGISTER_TRUST_PROXY=true now means one proxy hop; give the number of hops or the proxies' addresses.",
    );
  }
  const publicUrl = env.REGISTER_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 8080}/`;
  if (!env.REGISTER_PUBLIC_URL) console.warn(`REGISTER_PUBLIC_URL is not set: invitation links point to ${publicUrl}`);
  const db = await orExit(openStorage(storage));
  if (await orExit(ensureFirstAdmin(db, env.REGISTER_ADMIN_EMAIL, env.REGISTER_ADMIN_PASSWORD))) {
    console.log(`Created the first admin, ${env.REGISTER_ADMIN_EMAIL}`);
  }
  const app = await buildRegister({
    db,
    shipped: loadShippedData(),
    indexHtml: readIndexHtml(resolve(distDir, 'index.html'), resolve(root, 'index.html')),
    ...(built ? { distDir } : {}),
    ...(trustProxy === undefined ? {} : { trustProxy }),
    mail: {
      ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
      ...(env.MAIL_FROM ? { from: env.MAIL_FROM } : {}),
      folder: resolve(storage.dataDir ?? resolve(root, '.register-data'), 'mail'),
    },
    publicUrl,
    logger: true,
  });
  const port = Number(env.PORT ?? 8080);
  await app.listen({ port, host: env.HOST ?? '127.0.0.1' });
  console.log(`Register on ${where}: http://localhost:${port}/ (API at /api)`);
  console.log(
    env.SMTP_URL ? 'Mail: SMTP (SMTP_URL)' : 'Mail: no SMTP_URL, mails are written to .register-data/mail/ and the log',
  );
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
