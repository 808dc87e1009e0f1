// Builds the pensioner app when apps/web/dist is missing or older than its sources, so
// `npm start` always serves the current app without a build on every start.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'index.html');

function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    const st = statSync(path);
    if (st.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  for (const p of ['src', 'public', 'index.html', 'vite.config.ts', 'package.json']) {
    const path = join(root, p);
    if (existsSync(path)) visit(path);
  }
  return newest;
}

export function isStale(): boolean {
  return !existsSync(built) || statSync(built).mtimeMs < newestSource();
}

if (isStale()) {
  console.log('building the pensioner app (apps/web) ...');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
