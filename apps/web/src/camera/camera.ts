import { stopStream, trackStream } from '../session/traces.ts';

export type CameraProblem = 'denied' | 'missing';

export async function openCamera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw cameraError('missing');
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: {
        facingMode: 'user',
        width: { ideal: 640 },
        height: { ideal: 480 },
        frameRate: { ideal: 15, max: 30 },
      },
    });
    return trackStream(stream);
  } catch (err) {
    const name = err instanceof DOMException ? err.name : '';
    throw cameraError(
      name === 'NotFoundError' || name === 'OverconstrainedError' ? 'missing' : 'denied',
    );
  }
}

function cameraError(problem: CameraProblem): Error & { problem: CameraProblem } {
  return Object.assign(new Error(`camera ${problem}`), { problem });
}

export function problemOf(err: unknown): CameraProblem {
  return (err as { problem?: CameraProblem }).problem ?? 'denied';
}

/** Attaches a stream and resolves on the first frame actually shown. */
export async function attach(video: HTMLVideoElement, stream: MediaStream): Promise<void> {
  video.srcObject = stream;
  video.muted = true;
  video.playsInline = true;
  await video.play();
  await nextFrame(video);
}

export function nextFrame(video: HTMLVideoElement): Promise<void> {
  return new Promise((resolve) => {
    if ('requestVideoFrameCallback' in video) {
      video.requestVideoFrameCallback(() => resolve());
    } else {
      requestAnimationFrame(() => resolve());
    }
  });
}

export function release(video: HTMLVideoElement | null, stream: MediaStream | null): void {
  stopStream(stream);
  if (video) video.srcObject = null;
}
