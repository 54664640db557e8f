import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { withoutFirstMap, withRegisterMeta } from './headers.ts';

/**
 * The built atlas at /. index.html is served from memory with the register's <meta>, so the
 * page knows to read /api/snapshot; every other file comes from dist/ as it is.
 */
export async function serveAtlas(app: FastifyInstance, distDir: string, indexHtml: string) {
  // The build's first map shows the public facts alone; the register's page shows its snapshot.
  const page = withRegisterMeta(withoutFirstMap(indexHtml));
  await app.register(fastifyStatic, { root: distDir, index: false, wildcard: true });
  for (const path of ['/', '/index.html']) {
    app.get(path, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page),
    );
  }
}
