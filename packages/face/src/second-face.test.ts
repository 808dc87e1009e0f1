// The face is tracked between most analysed frames (analyzeSequence), so only some frames get a
// full detection; a second face in view must still fail the attempt, whether it is there from the
// start or walks in partway through.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { synthesiseRecording } from '@lifecert/synth';
import { sharedPath, useFaceEngine } from './test-data.ts';
import type { Recording } from './types.ts';
import { verifyAttempt } from './verify-attempt.ts';

const dir = sharedPath('face-recognition-examples');

describe.skipIf(!dir)('verifyAttempt with a second face in view', () => {
  const engine = useFaceEngine();
  const read = (name: string) => new Uint8Array(readFileSync(`${dir}/${name}`));

  /** The genuine recording with another person's photo in the top right corner from `fromMs`. */
  let genuine: ReturnType<typeof synthesiseRecording> | undefined;
  const withSecondFace = async (fromMs: number): Promise<Recording> => {
    // Both cases start from the same genuine take: rendered once.
    genuine ??= synthesiseRecording({
      photo: read('obama.jpg'),
      challenge: ['nod', 'blink', 'mouth'],
      seed: 11,
    });
    const recording = await genuine;
    const other = await sharp(read('biden.jpg')).resize({ height: 190 }).toBuffer();
    const frames = await Promise.all(
      recording.frames.map(async (f) =>
        f.t < fromMs
          ? f
          : {
              ...f,
              image: new Uint8Array(
                await sharp(f.image)
                  .composite([{ input: other, top: 10, left: 470 }])
                  .jpeg({ quality: 90 })
                  .toBuffer(),
              ),
            },
      ),
    );
    return { challenge: recording.challenge, frames };
  };

  it.each([
    ['from the start', 0],
    ['from the middle of the take', 2000],
  ])(
    'fails the attempt %s',
    async (_label, fromMs) => {
      const r = await verifyAttempt(engine(), {
        reference: read('obama2.jpg'),
        recording: await withSecondFace(fromMs),
      });
      expect(r.decision).toBe('fail');
      expect(r.reasons.map((x) => x.code)).toContain('multiple_faces');
    },
    120_000,
  );
});
