// Builds the staff console when apps/staff-web/dist is missing or stale (see
// apps/web/scripts/vite-app-build.ts); its sources include the pensioner-app modules it imports.
import { join, resolve } from 'node:path';
import { distOf, ensureBuilt, type ViteApp } from '../../web/scripts/vite-app-build.ts';

const staffWebApp: ViteApp = {
  root: join(import.meta.dirname, '..'),
  sources: [
    'src',
    'index.html',
    'vite.config.ts',
    'package.json',
    // imported from the pensioner app (camera capture, prompts, API client, build plugin)
    '../web/src/camera',
    '../web/src/api/types.ts',
    '../web/src/api/client.ts',
    '../web/scripts/precompress.ts',
  ],
  label: 'the staff console (apps/staff-web)',
};

export const staffWebDist = distOf(staffWebApp);

export const ensureStaffWebBuilt = (log?: (line: string) => void) => ensureBuilt(staffWebApp, log);

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  await ensureStaffWebBuilt((line) => console.log(line));
}
