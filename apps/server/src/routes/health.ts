import { sql } from 'kysely';
import { z } from 'zod';
import type { AppInstance } from '../app-types.ts';

const HealthReply = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['ok', 'unavailable']),
  databaseKind: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

export function healthRoutes(app: AppInstance, _opts: unknown, done: () => void) {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: { 200: HealthReply, 503: HealthReply },
      },
    },
    async (_req, reply) => {
      const ok = await sql`select 1 as one`
        .execute(app.deps.db)
        .then(() => true)
        .catch(() => false);
      return reply.status(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'degraded',
        database: ok ? 'ok' : 'unavailable',
        databaseKind: app.deps.dbKind,
        version: '0.1.0',
      });
    },
  );
  done();
}
