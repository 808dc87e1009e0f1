import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { precompress } from '../web/scripts/precompress.ts';

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
