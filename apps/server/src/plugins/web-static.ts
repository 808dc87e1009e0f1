import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export type WebStaticOptions = {
  /** the built pensioner app; defaults to apps/web/dist beside this package */
  distDir?: string;
  /** the built staff console; defaults to apps/staff-web/dist */
  staffDistDir?: string;
  /** paths that never fall back to the pensioner app (their own 404 stays a JSON error) */
  reservedPrefixes?: readonly string[];
};

export const DEFAULT_WEB_DIST = resolve(import.meta.dirname, '../../../web/dist');
export const DEFAULT_STAFF_WEB_DIST = resolve(import.meta.dirname, '../../../staff-web/dist');
export const STAFF_PREFIX = '/staff';
// /staff belongs to the console even when it is not built: a clerk must never land in the
// pensioner app by mistake.
const RESERVED = ['/api/', '/api', '/docs', '/health', STAFF_PREFIX];

// Hashed file names change with their content, so they may be kept for a year; the page and the
// service worker must be revalidated every time, or a phone would keep an old release.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const SHORT = 'public, max-age=86400';

export function cacheControlFor(urlPath: string): string {
  const path = urlPath.startsWith(`${STAFF_PREFIX}/`)
    ? urlPath.slice(STAFF_PREFIX.length)
    : urlPath;
  if (path.startsWith('/assets/')) return IMMUTABLE;
  if (path === '/' || path.endsWith('.html') || path === '/sw.js') return REVALIDATE;
  return SHORT;
}

const isUnder = (path: string, prefix: string) =>
  path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);

/**
 * One single-page app under `prefix` ('' for the root): static files from the build, and its
 * index.html for every other GET below the prefix that is not reserved (the app routes in the
 * browser).
 */
async function serveSpa(
  app: FastifyInstance,
  opts: { root: string; prefix: string; reserved: readonly string[] },
) {
  const { root, prefix, reserved } = opts;
  await app.register(async (scope) => {
    await scope.register(fastifyStatic, {
      root,
      prefix: `${prefix}/`,
      // One route per built file, so the SPA fallback below owns every other path.
      wildcard: false,
      index: false,
      cacheControl: false,
      // The build writes .br and .gz beside each text file; clients get the smaller one.
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
        res.setHeader('Cache-Control', cacheControlFor(`${prefix}${rel}`));
      },
    });
    const sendApp = (reply: FastifyReply) =>
      reply
        .header('Cache-Control', REVALIDATE)
        .sendFile('index.html', root, { cacheControl: false });
    scope.get(prefix || '/', (_req, reply) => sendApp(reply));
    scope.get(`${prefix}/*`, (req, reply) => {
      const path = req.url.split('?')[0] ?? '/';
      if (reserved.some((p) => isUnder(path, p))) return reply.callNotFound();
      return sendApp(reply);
    });
  });
}

/**
 * Serves the pensioner app at `/` and the staff console at `/staff`. Each is skipped, with a
 * warning, when it has not been built.
 */
export async function registerWebStatic(app: FastifyInstance, opts: WebStaticOptions = {}) {
  const root = opts.distDir ?? DEFAULT_WEB_DIST;
  const staffRoot = opts.staffDistDir ?? DEFAULT_STAFF_WEB_DIST;
  const reserved = opts.reservedPrefixes ?? RESERVED;
  if (existsSync(join(staffRoot, 'index.html'))) {
    await serveSpa(app, { root: staffRoot, prefix: STAFF_PREFIX, reserved: [] });
  } else {
    app.log.warn(
      { root: staffRoot },
      'staff console not built (npm run build:web): /staff serves nothing',
    );
  }
  if (existsSync(join(root, 'index.html'))) {
    await serveSpa(app, { root, prefix: '', reserved });
  } else {
    app.log.warn({ root }, 'web app not built (npm run build:web): / serves nothing');
  }
}
