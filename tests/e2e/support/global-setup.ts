import type { TestProject } from 'vitest/node';
import { assertChromium } from './chromium.ts';
import { serveProductionBuild } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  assertChromium(); // fails loudly, with the install command, rather than skipping
  const server = await serveProductionBuild({ rebuild: process.env.E2E_REUSE_BUILD !== '1' });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
