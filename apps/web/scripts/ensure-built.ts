// Builds the pensioner app when apps/web/dist is missing or stale (see vite-app-build.ts).
import { join, resolve } from 'node:path';
import { distOf, ensureBuilt, type ViteApp } from './vite-app-build.ts';

const webApp: ViteApp = {
  root: join(import.meta.dirname, '..'),
  sources: [
    'src',
    'public',
    'index.html',
    'vite.config.ts',
    'scripts/precompress.ts',
    'package.json',
  ],
  label: 'the pensioner app (apps/web)',
};

export const webDist = distOf(webApp);

export const ensureWebBuilt = (log?: (line: string) => void) => ensureBuilt(webApp, log);

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  await ensureWebBuilt((line) => console.log(line));
}
