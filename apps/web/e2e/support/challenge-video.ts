// Fake-camera videos for the end-to-end tests, laid out on the page's clock: Chromium restarts the
// file when the camera is reopened (the page does so when the challenge begins) and stamps frames
// from 0; the page waits READY_MS on that clock, then gives each step its window. So the video
// rests for READY_MS, then fills each step's window with the action followed by rest.
import type { Action } from '@lifecert/face';
import { synthesiseRecording, wrongOrder, writeY4m } from '@lifecert/synth';
import { READY_MS, stepBounds } from '../../src/camera/timeline.ts';

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
  const interleaved: Action[] = [
    'gaze',
    ...performed.flatMap((a): Action[] => [a, 'gaze']),
    'gaze',
  ];
  const rec = await synthesiseRecording({
    photo: opts.photo,
    challenge: interleaved,
    seed: opts.seed ?? 11,
    fps,
    ...(opts.kind === 'photo' || opts.kind === 'dark' ? { attack: opts.kind } : {}),
  });
  // The page's windows follow the challenge it was given, not what is performed.
  const bounds = stepBounds(opts.challenge);
  const lead = rec.frames.slice(0, Math.round((READY_MS * fps) / 1000));
  if (lead.some((f) => f.step !== 0)) throw new Error('the generated lead-in is too short');
  const out: VideoFrame[] = lead.map((f, k) => ({
    image: f.image,
    t: (k * 1000) / fps - READY_MS,
    step: -1,
  }));
  let next = 0;
  performed.forEach((_, i) => {
    const perStep = Math.round(((bounds[i + 1]! - bounds[i]!) * fps) / 1000);
    const first = rec.frames.findIndex((f) => f.step === 2 * i + 1);
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
