import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { loadHuman } from '../src/models/load-human.ts';
import { decodeImage } from '../src/image/decode-image.ts';
const human = await loadHuman();
const tf: any = human.tf;
const buf = await sharp(readFileSync('/work/shared/data/faces/face-recognition-examples/obama-480p.jpg')).resize(640,480,{fit:'cover'}).jpeg().toBuffer();
const img = await decodeImage(new Uint8Array(buf));
async function time(label: string, cfg: any, n = 30) {
  const ts: number[] = [];
  for (let i = 0; i < n + 3; i++) {
    const input = tf.tensor3d(img.data, [img.height, img.width, 3], 'int32');
    const t0 = performance.now();
    const r = await human.detect(input, cfg);
    const dt = performance.now() - t0;
    tf.dispose(input);
    if (i >= 3) ts.push(dt);
    if (i === 0 && label === 'full') console.log('faces', r.face.length, r.performance);
  }
  ts.sort((a, b) => a - b);
  console.log(label, 'p50', ts[Math.floor(n / 2)]!.toFixed(1), 'min', ts[0]!.toFixed(1));
}
console.log(tf.getBackend(), tf.env().getFlags());
await time('full', {});
await time('noiris', { face: { iris: { enabled: false } } });
await time('nomesh', { face: { mesh: { enabled: false }, iris: { enabled: false } } });
await time('full', {});
