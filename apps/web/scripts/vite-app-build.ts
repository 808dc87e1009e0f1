// Builds a Vite app of this repository when its dist is missing or older than its sources, so
// `npm start` and the end-to-end tests always serve the current app without building on every
// start. A lock folder keeps two processes (two test files, say) from building at once.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';

export type ViteApp = {
  /** folder holding vite.config.ts */
  root: string;
  /** files and folders, relative to root, whose changes call for a rebuild */
  sources: readonly string[];
  /** what the log line calls the app */
  label: string;
};

export const distOf = (app: ViteApp) => join(app.root, 'dist');

function newestSource(app: ViteApp): number {
  let newest = 0;
  const visit = (path: string) => {
    const st = statSync(path);
    if (st.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of app.sources) {
    const path = join(app.root, p);
    if (existsSync(path)) visit(path);
  }
  return newest;
}

export function isStale(app: ViteApp): boolean {
  const built = join(distOf(app), 'index.html');
  return !existsSync(built) || statSync(built).mtimeMs < newestSource(app);
}

async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
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

/** Builds the app's dist if it is missing or stale; returns whether it built. */
export function ensureBuilt(
  app: ViteApp,
  log: (line: string) => void = () => undefined,
): Promise<boolean> {
  return withLock(join(app.root, '.dist-lock'), async () => {
    if (!isStale(app)) return false;
    log(`building ${app.label} ...`);
    await build({
      root: app.root,
      configFile: join(app.root, 'vite.config.ts'),
      logLevel: 'warn',
      // Inside vitest NODE_ENV is 'test', which would otherwise bundle React's development build
      // into the dist that `npm start` later serves.
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    });
    return true;
  });
}
