import type { FastifyReply, FastifyRequest } from 'fastify';
import { adminApi } from '../../src/contract/admin.ts';
import type { Api } from '../api.ts';
import type { Snapshot, SnapshotFile } from '../snapshot.ts';

/** If-None-Match may list several tags, or be *; weak comparison is enough for a GET (RFC 9110 §13.1.2). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function send(request: FastifyRequest, reply: FastifyReply, file: SnapshotFile) {
  // no-cache: a cache may keep it, but asks each time; the ETag makes asking cheap.
  reply.header('etag', file.etag).header('cache-control', 'no-cache');
  if (matches(request.headers['if-none-match'], file.etag)) return reply.code(304).send();
  return reply.type('text/csv; charset=utf-8').send(file.body);
}

export function snapshotRoutes(app: Api, current: () => Promise<Snapshot>) {
  app.get('/snapshot/cells.csv', { schema: adminApi.cells }, async (request, reply) =>
    send(request, reply, (await current()).cells),
  );
  app.get('/snapshot/initiatives.csv', { schema: adminApi.initiatives }, async (request, reply) =>
    send(request, reply, (await current()).initiatives),
  );
  app.get('/snapshot/meta.json', { schema: adminApi.meta }, async (_request, reply) => {
    const { version, publishedAt, counts } = await current();
    return reply.header('cache-control', 'no-cache').send({ version, publishedAt, counts });
  });
}
