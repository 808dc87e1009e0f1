import { meanLuma, type FaceBox, type Observation } from './guidance.ts';

type DetectedFace = { boundingBox: { width: number; height: number } };
type FaceDetectorLike = { detect: (source: CanvasImageSource) => Promise<DetectedFace[]> };
type FaceDetectorCtor = new (opts?: {
  fastMode?: boolean;
  maxDetectedFaces?: number;
}) => FaceDetectorLike;

const SAMPLE_W = 40,
  SAMPLE_H = 30;

/** A light look at the live picture: brightness from a tiny canvas, faces where the browser can. */
export function createObserver() {
  const canvas = document.createElement('canvas');
  canvas.width = SAMPLE_W;
  canvas.height = SAMPLE_H;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const Ctor = (window as unknown as { FaceDetector?: FaceDetectorCtor }).FaceDetector;
  let detector: FaceDetectorLike | null = null;
  try {
    detector = Ctor ? new Ctor({ fastMode: true, maxDetectedFaces: 3 }) : null;
  } catch {
    detector = null;
  }

  return async function observe(video: HTMLVideoElement): Promise<Observation | null> {
    if (!ctx || video.readyState < 2 || video.videoWidth === 0) return null;
    ctx.drawImage(video, 0, 0, SAMPLE_W, SAMPLE_H);
    const brightness = meanLuma(ctx.getImageData(0, 0, SAMPLE_W, SAMPLE_H).data);
    let faces: FaceBox[] | null = null;
    if (detector) {
      try {
        faces = (await detector.detect(video)).map((f) => ({
          width: f.boundingBox.width,
          height: f.boundingBox.height,
        }));
      } catch {
        // some platforms expose FaceDetector without a working backend
        detector = null;
      }
    }
    return { brightness, frameWidth: video.videoWidth, faces };
  };
}
