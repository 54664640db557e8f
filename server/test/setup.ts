import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
  }
}

/**
 * PGlite's first start (initdb in WebAssembly) takes 10-20 s on a busy machine; loading a dump
 * takes a few. One migrated database is made here, and each test file starts from its dump.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) return;
  const db = await openPglite();
  await migrate(db);
  const file = resolve(tmpdir(), `livcr-register-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await (await db.dump()).arrayBuffer()));
  await db.close();
  project.provide('pgliteDump', file);
  return () => rm(file, { force: true });
}
