import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.ts';

// No React plugin: esbuild's automatic JSX runtime is all a no-HMR production build needs; never
// the development runtime, even when built from inside vitest (NODE_ENV=test).
export default defineConfig({
  root: import.meta.dirname,
  esbuild: { jsx: 'automatic', jsxDev: false },
  plugins: [precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
