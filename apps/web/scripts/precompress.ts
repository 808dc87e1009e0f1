// Used by the Vite configs of both apps (apps/web, apps/staff-web).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|html|svg|webmanifest)$/;

/**
 * Writes .br and .gz beside every text file of the build, so the server sends weak phones the
 * compressed bytes without compressing on each request (@fastify/static preCompressed).
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'lifecert-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = await readdir(outDir, { recursive: true });
      for (const rel of files) {
        if (!COMPRESSIBLE.test(rel)) continue;
        const path = join(outDir, rel);
        const body = await readFile(path);
        await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
        await writeFile(
          `${path}.br`,
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}
