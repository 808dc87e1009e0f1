// One-core latency of frame analysis and embedding on 640x480 frames cut from the shared photos.
// Usage: npx tsx packages/face/scripts/bench.ts [--model onnx --onnx-model PATH] [--rounds N]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { benchFaceEngine } from '../src/eval/bench.ts';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    'onnx-model': { type: 'string' },
    rounds: { type: 'string' },
  },
});
const dir = resolve(import.meta.dirname, '../../../../shared/data/faces/face-recognition-examples');
const frames = await Promise.all(
  ['obama-480p.jpg', 'obama-720p.jpg', 'biden.jpg', 'two_people.jpg'].map(
    async (f) =>
      new Uint8Array(
        await sharp(readFileSync(resolve(dir, f)))
          .resize(640, 480, { fit: 'cover' })
          .jpeg({ quality: 90 })
          .toBuffer(),
      ),
  ),
);
const result = await benchFaceEngine(frames, {
  model: values.model === 'onnx' ? 'onnx' : 'dlib',
  onnxModelPath: values['onnx-model'],
  rounds: values.rounds ? Number(values.rounds) : 10,
});
console.log(JSON.stringify(result));
