import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { ShippedData } from './content.ts';
import { firstMapPages } from './firstMap.ts';
import { withoutFirstMap, withRegisterMeta } from './headers.ts';
import type { Snapshot } from './snapshot.ts';

/**
 * The built atlas at /. index.html is served from memory with the register's <meta>, so the
 * page knows to read /api/snapshot; every other file comes from dist/ as it is.
 */
export async function serveAtlas(
  app: FastifyInstance,
  distDir: string,
  indexHtml: string,
  { current, shipped }: { current: () => Promise<Snapshot>; shipped: ShippedData },
) {
  const page = withRegisterMeta(indexHtml);
  // The build's first map shows the public facts alone; the register's page shows its snapshot.
  const withSnapshot = firstMapPages(page, shipped);
  const withoutSnapshot = withoutFirstMap(page);
  await app.register(fastifyStatic, { root: distDir, index: false, wildcard: true });
  for (const path of ['/', '/index.html']) {
    app.get(path, async (_request, reply) => {
      // With no snapshot (the database away since the start), the page without a first map.
      const html = await current().then(withSnapshot, () => withoutSnapshot);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    });
  }
}
