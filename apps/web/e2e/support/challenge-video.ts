// Fake-camera videos for the end-to-end tests, laid out on the page's clock: Chromium restarts the
// file when the camera is reopened (the page does so when the challenge begins) and stamps frames
// from 0; the page waits READY_MS on that clock, then gives each step its window. So a video
// rests for READY_MS, then fills each step's window with a short rest, the action and more rest.
import type { Action } from '@lifecert/face';
import { synthesiseRecording, type SyntheticRecording } from '@lifecert/synth';
import sharp from 'sharp';
import { READY_MS, stepBounds } from '../../src/camera/timeline.ts';

export type VideoFrame = { image: Uint8Array; t: number; step: number };

/** Extra rest after the last step, so the page never sees the video loop while it records. */
const TAIL_MS = 1000;

/**
 * Each step's window starts this long before its action's rest-to-rest slice of the take, so an
 * action sits well inside its window whichever way the fake camera's picture slips against the
 * page's clock. Without it the actions began 150-350 ms into their windows, and a picture running
 * 200 ms ahead of the clock put a nod's start into the "get ready" time. Measured on obama.jpg,
 * taken at 10 fps: the take passed from 150 ms ahead to 700 ms behind before, from 450 ms ahead to
 * 600 ms behind with this delay. (A CI run once failed the genuine take with an action not seen;
 * a slip is the likely cause, not a proven one.)
 */
const ACTION_DELAY_MS = 300;

/**
 * One generated take of the challenge's actions, each followed by a calm "look at the screen"
 * step that pads it to the page's window, with a calm step before the first (the lead-in) and
 * after the last (the tail). `attack: 'photo'` renders a printed photo moved about instead.
 */
export function synthesiseTake(opts: {
  photo: Uint8Array;
  challenge: readonly Action[];
  attack?: 'photo';
  seed?: number;
  fps: number;
}): Promise<SyntheticRecording> {
  const steps: Action[] = ['gaze', ...opts.challenge.flatMap((a): Action[] => [a, 'gaze']), 'gaze'];
  return synthesiseRecording({
    photo: opts.photo,
    challenge: steps,
    seed: opts.seed ?? 11,
    fps: opts.fps,
    ...(opts.attack ? { attack: opts.attack } : {}),
  });
}

/**
 * Lays a take out on the page's clock for `challenge`, performing `performed[i]` in step i's
 * window: the challenge itself for a genuine video, another order for the order attack.
 */
export function layOut(
  take: SyntheticRecording,
  challenge: readonly Action[],
  performed: readonly Action[],
): VideoFrame[] {
  const fps = take.fps;
  const taken = take.challenge;
  const lead = take.frames.slice(0, Math.round((READY_MS * fps) / 1000));
  if (lead.some((f) => f.step !== 0)) throw new Error('the generated lead-in is too short');
  const out: VideoFrame[] = lead.map((f, k) => ({
    image: f.image,
    t: (k * 1000) / fps - READY_MS,
    step: -1,
  }));
  // The page's windows follow the challenge it was given, not what is performed.
  const bounds = stepBounds(challenge);
  performed.forEach((action, i) => {
    const perStep = Math.round(((bounds[i + 1]! - bounds[i]!) * fps) / 1000);
    const stepInTake = taken.findIndex((a, k) => k % 2 === 1 && a === action);
    const first =
      take.frames.findIndex((f) => f.step === stepInTake) -
      Math.round((ACTION_DELAY_MS * fps) / 1000);
    const slice = take.frames.slice(first, first + perStep);
    // A step missing from the take leaves `first` negative too.
    if (first < 0 || slice.length < perStep) throw new Error(`no room for ${action} in the take`);
    out.push(
      ...slice.map((f, k) => ({ image: f.image, t: bounds[i]! + (k * 1000) / fps, step: i })),
    );
  });
  const end = bounds.at(-1)!;
  const tailStart = take.frames.findIndex((f) => f.step === taken.length - 1);
  const tail = take.frames.slice(tailStart, tailStart + Math.round((TAIL_MS * fps) / 1000));
  out.push(...tail.map((f, k) => ({ image: f.image, t: end + (k * 1000) / fps, step: -1 })));
  return out;
}

/** The same take in a dark room: what auto-exposure gives when it has run out of light. */
export async function darken(frames: readonly VideoFrame[], gain = 0.11): Promise<VideoFrame[]> {
  return Promise.all(
    frames.map(async (f) => ({
      ...f,
      image: new Uint8Array(await sharp(f.image).linear(gain, 2).jpeg({ quality: 85 }).toBuffer()),
    })),
  );
}
