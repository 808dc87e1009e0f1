import type { ApiClient } from '../api/client.ts';
import {
  createPreviewPacer,
  guideOfFinding,
  type PreviewReply,
  type ServerGuide,
} from './server-guidance.ts';

/** Small enough for a slow network and the server's 64 KB limit, large enough to find a face. */
const STILL_WIDTH = 320;
const STILL_QUALITY = 0.7;

async function captureStill(
  video: HTMLVideoElement,
  canvas: HTMLCanvasElement,
): Promise<string | null> {
  if (video.readyState < 2 || video.videoWidth === 0) return null;
  canvas.width = STILL_WIDTH;
  canvas.height = Math.round((video.videoHeight * STILL_WIDTH) / video.videoWidth);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', STILL_QUALITY));
  if (!blob) return null;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

/**
 * Asks the server about the live picture, paced; calls `onGuide` with each usable answer. The
 * still lives only in this request: it is not kept in the page or by the server.
 */
export function createServerPreview(getApi: () => ApiClient, onGuide: (g: ServerGuide) => void) {
  const pacer = createPreviewPacer();
  const canvas = document.createElement('canvas');
  return async (video: HTMLVideoElement): Promise<void> => {
    if (!pacer.shouldSend(performance.now())) return;
    pacer.sent(performance.now());
    let ok = false;
    try {
      const jpeg = await captureStill(video, canvas);
      if (!jpeg) {
        ok = true; // the camera is not ready yet: ask again soon
        return;
      }
      const reply = await getApi().json<PreviewReply>('POST', '/api/self/preview', { jpeg });
      ok = true;
      const guide = guideOfFinding(reply.finding);
      if (guide) onGuide({ guide, at: performance.now() });
    } catch {
      // Guidance is a help, not a gate: a refusal or a network error only pauses it.
    } finally {
      pacer.answered(performance.now(), ok);
    }
  };
}
