// Builds the staff console when apps/staff-web/dist is missing or older than its sources (its
// own and the pensioner-app modules it imports), so `npm start` and the end-to-end tests serve
// the current console. A lock folder keeps two processes from building at once.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rmdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const staffWebRoot = join(import.meta.dirname, '..');
export const staffWebDist = join(staffWebRoot, 'dist');
const built = join(staffWebDist, 'index.html');
const lock = join(staffWebRoot, '.dist-lock');
const SOURCES = [
  'src',
  'index.html',
  'vite.config.ts',
  'package.json',
  // imported from the pensioner app (camera capture, prompts)
  '../web/src/camera',
  '../web/src/api/types.ts',
];

function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    const st = statSync(path);
    if (st.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of SOURCES) {
    const path = join(staffWebRoot, p);
    if (existsSync(path)) visit(path);
  }
  return newest;
}

export function isStaffWebStale(): boolean {
  return !existsSync(built) || statSync(built).mtimeMs < newestSource();
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      // a lock older than the deadline was left by a killed process
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

/** Builds apps/staff-web/dist if it is missing or stale; returns whether it built. */
export function ensureStaffWebBuilt(log: (line: string) => void = () => undefined) {
  return withLock(async () => {
    if (!isStaffWebStale()) return false;
    log('building the staff console (apps/staff-web) ...');
    await build({
      root: staffWebRoot,
      configFile: join(staffWebRoot, 'vite.config.ts'),
      logLevel: 'warn',
      // Inside vitest NODE_ENV is 'test', which would otherwise bundle React's development build.
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    });
    return true;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  await ensureStaffWebBuilt((line) => console.log(line));
}
