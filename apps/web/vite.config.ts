import { defineConfig } from 'vite';

// No React plugin: esbuild's automatic JSX runtime is all a no-HMR production build needs.
export default defineConfig({
  root: import.meta.dirname,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // Small chunks per screen matter more on weak phones than fewer requests.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
