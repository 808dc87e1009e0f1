// Renders public/icon.svg to the PNG sizes home screens ask for. Run after editing the SVG:
// npm run icons -w @lifecert/web (the PNGs are committed, so builds need no image tools).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

const publicDir = join(import.meta.dirname, '..', 'public');
const svg = await readFile(join(publicDir, 'icon.svg'));
for (const size of [192, 512]) {
  await sharp(svg, { density: 300 })
    .resize(size, size)
    .png()
    .toFile(join(publicDir, `icon-${size}.png`));
}
