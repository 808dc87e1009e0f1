import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|html|svg)$/;

/** .br and .gz twins of every text file, served by @fastify/static preCompressed like apps/web. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'lifecert-staff-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      for (const rel of await readdir(outDir, { recursive: true })) {
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

// Served by the same server under /staff (apps/server/src/plugins/web-static.ts). The camera
// modules are imported from apps/web, hence the wider fs.allow for the dev server.
export default defineConfig({
  root: import.meta.dirname,
  base: '/staff/',
  // never the development JSX runtime, even when built from inside vitest (NODE_ENV=test)
  esbuild: { jsx: 'automatic', jsxDev: false },
  plugins: [precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    fs: { allow: [resolve(import.meta.dirname, '..')] },
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
