import type { Action, Frame } from '../api/types.ts';
import {
  CAPTURE_INTERVAL_MS,
  challengeOrigin,
  READY_MS,
  recordingMs,
  shouldCapture,
  stepAt,
} from './timeline.ts';

export type RecordOptions = {
  video: HTMLVideoElement;
  actions: readonly Action[];
  /** called when a step begins (after the page's clock starts at 0 ms) */
  onStep: (step: number) => void;
  /** called about twice a second with the live picture, for guidance */
  onTick?: () => void;
  maxWidth?: number;
  quality?: number;
};

/**
 * Captures the challenge: ~10 JPEG frames a second, each tagged with its step and its ms since the
 * first prompt. Times come from the camera's own frame clock where the browser gives it
 * (requestVideoFrameCallback), so a busy page cannot shift frames into the wrong step; frames are
 * taken only when the camera presents a new picture, so none repeats. The person first gets
 * READY_MS to settle, then the prompts follow on the same clock.
 */
export function record(opts: RecordOptions): Promise<Frame[]> {
  const { video, actions } = opts;
  const scale = Math.min(1, (opts.maxWidth ?? 640) / video.videoWidth);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(video.videoWidth * scale);
  canvas.height = Math.round(video.videoHeight * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2d canvas'));
  const total = recordingMs(actions);
  const pending: Promise<Frame | null>[] = [];
  let lastKept: number | null = null;
  let step = -1;
  let lastTick = 0;
  let origin: number | null = null;
  let lastMediaTime = -1;
  const wallStart = performance.now();

  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(watchdog);
      Promise.all(pending).then((frames) => resolve(distinct(frames)), reject);
    };
    // A camera that stops presenting frames must not leave the person waiting forever.
    const watchdog = setTimeout(finish, total + 3 * READY_MS + 1000);
    const onFrame = (_now?: number, meta?: VideoFrameCallbackMetadata) => {
      if (done) return;
      // The same picture presented twice is not a new frame.
      if (meta && meta.mediaTime === lastMediaTime) {
        schedule();
        return;
      }
      if (meta) lastMediaTime = meta.mediaTime;
      const clock = meta ? meta.mediaTime * 1000 : performance.now() - wallStart;
      origin ??= challengeOrigin(clock);
      const t = Math.round(clock - origin);
      if (t < 0) {
        schedule();
        return;
      }
      const s = stepAt(t, actions);
      if (s === -1 || t >= total) {
        finish();
        return;
      }
      if (s !== step) {
        step = s;
        opts.onStep(s);
      }
      if (t - lastTick >= 500) {
        lastTick = t;
        opts.onTick?.();
      }
      if (shouldCapture(t, lastKept)) {
        lastKept = t;
        ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
        pending.push(
          encode(canvas, opts.quality ?? 0.8).then((jpeg) => (jpeg ? { t, step: s, jpeg } : null)),
        );
      }
      schedule();
    };
    const schedule = () => {
      if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(onFrame);
      else setTimeout(onFrame, CAPTURE_INTERVAL_MS / 2);
    };
    schedule();
  });
}

function encode(canvas: HTMLCanvasElement, quality: number): Promise<string | null> {
  return new Promise((resolve) => {
    canvas.toBlob(
      (blob) => {
        if (!blob) return resolve(null);
        const reader = new FileReader();
        reader.onload = () => {
          const url = typeof reader.result === 'string' ? reader.result : '';
          resolve(url ? url.slice(url.indexOf(',') + 1) : null);
        };
        reader.onerror = () => resolve(null);
        reader.readAsDataURL(blob);
      },
      'image/jpeg',
      quality,
    );
  });
}

/** Drops failed encodings and exact repeats (a camera that re-sends a picture it already sent). */
export function distinct(frames: readonly (Frame | null)[]): Frame[] {
  const out: Frame[] = [];
  for (const f of frames) {
    if (f && f.jpeg !== out[out.length - 1]?.jpeg) out.push(f);
  }
  return out;
}
