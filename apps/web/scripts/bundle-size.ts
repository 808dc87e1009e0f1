// What a phone downloads before the camera step, in gzip bytes: the page, the scripts and styles
// it loads at once, the manifest and icons, and the service worker with what it precaches. The
// camera and poster screens are separate chunks, loaded only when they open.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export type SizeReport = { files: { path: string; gzipBytes: number }[]; totalGzipBytes: number };

const ALWAYS = ['/manifest.webmanifest', '/icon.svg', '/icon-192.png', '/sw.js'];

export async function preCameraBytes(distDir: string): Promise<SizeReport> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]!);
  const paths = [...new Set(['/index.html', ...referenced, ...ALWAYS])];
  const files = await Promise.all(
    paths.map(async (path) => {
      const body = await readFile(join(distDir, path));
      // PNGs are already compressed: counted as they are.
      const gzipBytes = path.endsWith('.png') ? body.length : gzipSync(body, { level: 9 }).length;
      return { path, gzipBytes };
    }),
  );
  return { files, totalGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
  const report = await preCameraBytes(dir);
  for (const f of report.files) console.log(`${String(f.gzipBytes).padStart(8)}  ${f.path}`);
  console.log(
    `${String(report.totalGzipBytes).padStart(8)}  total gzip bytes before the camera step`,
  );
}
