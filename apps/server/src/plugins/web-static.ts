import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export type WebStaticOptions = {
  /** the built pensioner app; defaults to apps/web/dist beside this package */
  distDir?: string;
  /** paths that never fall back to the app (their own 404 stays a JSON error) */
  reservedPrefixes?: readonly string[];
};

export const DEFAULT_WEB_DIST = resolve(import.meta.dirname, '../../../web/dist');
const RESERVED = ['/api/', '/api', '/docs', '/health'];

// Hashed file names change with their content, so they may be kept for a year; the page and the
// service worker must be revalidated every time, or a phone would keep an old release.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const SHORT = 'public, max-age=86400';

export function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith('/assets/')) return IMMUTABLE;
  if (urlPath === '/' || urlPath.endsWith('.html') || urlPath === '/sw.js') return REVALIDATE;
  return SHORT;
}

/**
 * Serves the pensioner app at `/`: static files from the build, and index.html for every other
 * GET that is not an API path (the app routes in the browser). Skipped, with a warning, when the
 * app has not been built.
 */
export async function registerWebStatic(app: FastifyInstance, opts: WebStaticOptions = {}) {
  const root = opts.distDir ?? DEFAULT_WEB_DIST;
  const reserved = opts.reservedPrefixes ?? RESERVED;
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built (npm run build:web): / serves nothing');
    return;
  }
  await app.register(async (scope) => {
    await scope.register(fastifyStatic, {
      root,
      prefix: '/',
      // One route per built file, so the SPA fallback below owns every other path.
      wildcard: false,
      index: false,
      cacheControl: false,
      // The build writes .br and .gz beside each text file; phones get the smaller one.
      preCompressed: true,
      // The compressed twins are found through preCompressed, not as routes of their own.
      globIgnore: ['**/*.gz', '**/*.br'],
      setHeaders: (res, filePath) => {
        // A compressed twin is cached like the file it stands for.
        const rel = filePath
          .slice(root.length)
          .split('\\')
          .join('/')
          .replace(/\.(br|gz)$/, '');
        res.header('Cache-Control', cacheControlFor(rel));
      },
    });
    const sendApp = (reply: FastifyReply) =>
      reply
        .header('Cache-Control', REVALIDATE)
        .sendFile('index.html', root, { cacheControl: false });
    scope.get('/', (_req, reply) => sendApp(reply));
    scope.get('/*', (req, reply) => {
      const path = req.url.split('?')[0] ?? '/';
      if (reserved.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`))) {
        return reply.callNotFound();
      }
      return sendApp(reply);
    });
  });
}
