import { buildApp } from './app.ts';
import type { AppDeps } from './deps.ts';

export type ListenOptions = {
  host: string;
  port: number;
  logLevel: string;
  https?: { key: string; cert: string };
  /** resources to release after the HTTP server has drained (database, face workers) */
  onClose?: () => Promise<void>;
};

/**
 * Listens and stops cleanly: on SIGINT/SIGTERM new connections are refused, requests in flight
 * finish, then the database and workers are closed. A second signal exits at once.
 */
export async function startServer(deps: AppDeps, opts: ListenOptions) {
  const app = await buildApp({
    deps,
    logLevel: opts.logLevel,
    ...(opts.https ? { https: opts.https } : {}),
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) process.exit(1);
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 15_000).unref();
    try {
      await app.close();
      await opts.onClose?.();
    } finally {
      clearTimeout(timer);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void shutdown(signal));
  }
  const address = await app.listen({ host: opts.host, port: opts.port });
  return { app, address };
}
