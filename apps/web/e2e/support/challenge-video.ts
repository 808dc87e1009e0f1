// Fake-camera videos for the end-to-end tests, laid out on the page's clock: step i of the
// challenge fills [i * STEP_MS, (i + 1) * STEP_MS) of the video, starting with the action and
// resting after it, so a page that starts capture on the video's first frame sees each action in
// its own step. Chromium restarts the file whenever the camera is reopened, which the page does
// when the challenge begins.
import type { Action } from '@lifecert/face';
import { synthesiseRecording, wrongOrder, writeY4m } from '@lifecert/synth';
import { stepBounds } from '../../src/camera/timeline.ts';

export type VideoKind = 'genuine' | 'photo' | 'order' | 'dark';

export type ChallengeVideoOptions = {
  photo: Uint8Array;
  challenge: readonly Action[];
  kind: VideoKind;
  seed?: number;
  fps?: number;
};

export type VideoFrame = { image: Uint8Array; t: number; step: number };

/** Extra rest after the last step, so the page never sees the video loop while it records. */
const TAIL_MS = 1000;

export async function challengeFrames(opts: ChallengeVideoOptions): Promise<VideoFrame[]> {
  const fps = opts.fps ?? 20;
  const performed = opts.kind === 'order' ? wrongOrder(opts.challenge) : [...opts.challenge];
  // Each action is followed by a calm "look at the screen" step that pads it to the page's step
  // length; a last one gives the tail.
  const interleaved = [...performed.flatMap((a): Action[] => [a, 'gaze']), 'gaze' as const];
  const rec = await synthesiseRecording({
    photo: opts.photo,
    challenge: interleaved,
    seed: opts.seed ?? 11,
    fps,
    ...(opts.kind === 'photo' || opts.kind === 'dark' ? { attack: opts.kind } : {}),
  });
  // The page's windows follow the challenge it was given, not what is performed.
  const bounds = stepBounds(opts.challenge);
  const out: VideoFrame[] = [];
  let next = 0;
  performed.forEach((_, i) => {
    const perStep = Math.round(((bounds[i + 1]! - bounds[i]!) * fps) / 1000);
    const first = rec.frames.findIndex((f) => f.step === 2 * i);
    const slice = rec.frames.slice(first, first + perStep);
    if (slice.length < perStep) throw new Error(`the generated step ${i} is too short`);
    out.push(
      ...slice.map((f, k) => ({ image: f.image, t: bounds[i]! + (k * 1000) / fps, step: i })),
    );
    next = first + perStep;
  });
  const end = bounds.at(-1)!;
  const tail = rec.frames.slice(next, next + (TAIL_MS * fps) / 1000);
  out.push(...tail.map((f, k) => ({ image: f.image, t: end + (k * 1000) / fps, step: -1 })));
  return out;
}

export async function writeChallengeVideo(
  file: string,
  opts: ChallengeVideoOptions,
): Promise<VideoFrame[]> {
  const frames = await challengeFrames(opts);
  await writeY4m(file, frames, { fps: opts.fps ?? 20 });
  return frames;
}
