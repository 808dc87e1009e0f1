import Fastify from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.ts';
import { installErrorHandling } from './errors.ts';
import { loggerOptions } from './logger.ts';
import { registerDocs } from './plugins/docs.ts';
import { registerSecurity } from './plugins/security.ts';
import { registerWebStatic } from './plugins/web-static.ts';
import { healthRoutes } from './routes/health.ts';
import { noticeRoutes } from './routes/public/notice-routes.ts';
import { publicRoutes } from './routes/public/profile-routes.ts';
import { selfServiceRoutes } from './routes/self-service/index.ts';
import { staffRoutes } from './routes/staff/index.ts';
import { staffPhotoRoutes } from './routes/staff-photos/index.ts';
import { staffInfoChangeRoutes } from './routes/staff-info-changes/index.ts';
import { staffPaperRoutes } from './routes/staff-paper/index.ts';
import { staffHomeVisitRoutes } from './routes/staff-home-visits/index.ts';
import { staffReportRoutes } from './routes/staff-reports/index.ts';

export type BuildAppOptions = {
  deps: AppDeps;
  /** false in tests that do not want log output */
  logger?: boolean;
  logLevel?: string;
  /** where log lines go (tests read them to prove redaction); stdout by default */
  logStream?: NodeJS.WritableStream;
  https?: { key: string; cert: string };
};

/** Builds the whole app without listening, so tests drive it with `app.inject`. */
export async function buildApp(opts: BuildAppOptions) {
  const app = Fastify({
    logger: opts.logger === false ? false : loggerOptions(opts.logLevel ?? 'info', opts.logStream),
    // Photos and frame batches arrive as JSON with base64 or as binary; anything bigger is abuse.
    bodyLimit: 12 * 1024 * 1024,
    trustProxy: true,
    ...(opts.https ? { https: opts.https } : {}),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', opts.deps);
  installErrorHandling(app);

  await registerSecurity(app, { rateLimitPerMinute: opts.deps.settings.rateLimitPerMinute });
  await registerDocs(app);
  await app.register(healthRoutes);
  await app.register(publicRoutes);
  await app.register(noticeRoutes);
  await app.register(selfServiceRoutes);
  await app.register(staffRoutes);
  await app.register(staffPhotoRoutes);
  await app.register(staffInfoChangeRoutes);
  await app.register(staffPaperRoutes);
  await app.register(staffHomeVisitRoutes);
  await app.register(staffReportRoutes);
  // Last: the pensioner app's fallback must not shadow any API route.
  await registerWebStatic(app);
  return app;
}
