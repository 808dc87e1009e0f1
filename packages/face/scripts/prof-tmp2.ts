import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { loadHuman } from '../src/models/load-human.ts';
import { decodeImage } from '../src/image/decode-image.ts';
const human = await loadHuman();
const tf: any = human.tf;
const W = Number(process.argv[2] ?? 640), H = Number(process.argv[3] ?? 480);
const buf = await sharp(readFileSync('/work/shared/data/faces/face-recognition-examples/obama-480p.jpg')).resize(W,H,{fit:'cover'}).jpeg().toBuffer();
const img = await decodeImage(new Uint8Array(buf));
const mode = process.argv[4] ?? 'full';
const cfg = mode === 'nomesh' ? { face: { mesh: { enabled: false }, iris: { enabled: false } } } : mode === 'noiris' ? { face: { iris: { enabled: false } } } : {};
const ts: number[] = [];
for (let i = 0; i < 40; i++) {
  const input = tf.tensor3d(img.data, [img.height, img.width, 3], 'int32');
  const t0 = performance.now();
  await human.detect(input, cfg);
  ts.push(performance.now() - t0);
  tf.dispose(input);
}
ts.splice(0, 5); ts.sort((a, b) => a - b);
console.log(W, H, mode, 'p50', ts[Math.floor(ts.length / 2)]!.toFixed(1));
if (process.argv[5] === 'prof') {
  const input = tf.tensor3d(img.data, [img.height, img.width, 3], 'int32');
  const p = await tf.profile(async () => { await human.detect(input, cfg); });
  const agg = new Map<string, number>();
  for (const k of p.kernels) agg.set(k.name, (agg.get(k.name) ?? 0) + (k.kernelTimeMs as number));
  console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${k}:${v.toFixed(1)}`).join(' '));
}
