import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export type ManifestEntry = { path: string; identity: string };

/** Splits one CSV line, honouring double-quoted fields (with "" for a quote inside). */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Reads a `path,identity` CSV; paths are resolved against the manifest's own folder. */
export async function readManifest(file: string): Promise<ManifestEntry[]> {
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().toLowerCase());
  const pi = header.indexOf('path');
  const ii = header.indexOf('identity');
  if (pi < 0 || ii < 0) throw new Error(`${file}: header must name the columns path and identity`);
  const base = dirname(resolve(file));
  return lines.slice(1).map((line, n) => {
    const cells = splitCsvLine(line);
    const path = cells[pi]?.trim();
    const identity = cells[ii]?.trim();
    if (!path || !identity) throw new Error(`${file}:${n + 2}: path and identity are required`);
    return { path: resolve(base, path), identity };
  });
}
