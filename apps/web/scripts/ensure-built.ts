// Builds the pensioner app when apps/web/dist is missing or older than its sources, so
// `npm start` always serves the current app without a build on every start. The end-to-end
// tests call ensureWebBuilt() too; a lock folder keeps two processes from building at once.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rmdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const webRoot = join(import.meta.dirname, '..');
export const webDist = join(webRoot, 'dist');
const built = join(webDist, 'index.html');
const lock = join(webRoot, '.dist-lock');

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
    const path = join(webRoot, p);
    if (existsSync(path)) visit(path);
  }
  return newest;
}

export function isStale(): boolean {
  return !existsSync(built) || statSync(built).mtimeMs < newestSource();
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      // A lock older than the deadline was left by a killed process.
      if (Date.now() > deadline) await rmdir(lock).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}

/** Builds apps/web/dist if it is missing or stale; returns whether it built. */
export function ensureWebBuilt(log: (line: string) => void = () => undefined): Promise<boolean> {
  return withLock(async () => {
    if (!isStale()) return false;
    log('building the pensioner app (apps/web) ...');
    await build({ root: webRoot, configFile: join(webRoot, 'vite.config.ts'), logLevel: 'warn' });
    return true;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  await ensureWebBuilt((line) => console.log(line));
}
