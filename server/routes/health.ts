import { adminApi } from '../../src/contract/admin.ts';
import type { Api } from '../api.ts';
import { migrationVersion } from '../db/migrate.ts';
import { isUnavailable, type WriteHealth } from '../db/resilience.ts';
import type { Db } from '../db/types.ts';
import { unavailable } from './errors.ts';

/**
 * GET /api/health: 200 when the database answers and takes writes; 503 with the reason when it is
 * away (`database_unavailable`) or refuses writes (`writes: "failing"`: a full disk seen by the last
 * write, or a read-only database such as a standby after a failover).
 */
export function healthRoutes(app: Api, db: Db, health: WriteHealth) {
  // A write that did not fail on the storage's side shows the storage takes writes again.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && reply.statusCode < 500) health.succeeded();
  });

  app.get('/health', { schema: adminApi.health }, async (_request, reply) => {
    let migration: number;
    let readOnly: boolean;
    try {
      migration = await migrationVersion(db);
      const [row] = await db.query<{ ro: string }>("SELECT current_setting('transaction_read_only') AS ro");
      readOnly = row?.ro === 'on';
    } catch (error) {
      if (isUnavailable(error)) return unavailable(reply);
      throw error;
    }
    const failing = readOnly ? { reason: 'read_only' } : health.state;
    const answer = {
      database: 'reachable' as const,
      kind: db.kind,
      migration,
      writes: failing ? ('failing' as const) : ('ok' as const),
    };
    return failing ? reply.code(503).send({ ...answer, ...failing }) : answer;
  });
}
