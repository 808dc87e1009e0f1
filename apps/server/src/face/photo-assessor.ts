import type { FaceVerifier, PhotoAssessment, PhotoAssessor, PhotoLimits } from '@lifecert/core';
import {
  createFaceEngine,
  THRESHOLDS,
  type FaceEngine,
  type FaceEngineOptions,
} from '@lifecert/face';
import { faceVerifierOf } from './face-verifier.ts';

// A reference photo is held to the quality bar of a usable recording frame, and to the pose
// within which the engine embeds frames for matching.
const LIMITS: PhotoLimits = {
  minFaceSizeRatio: THRESHOLDS.quality.minFaceSizeRatio,
  maxPoseDeg: THRESHOLDS.identity.maxPoseDeg,
  minBrightness: THRESHOLDS.quality.minBrightness,
  minSharpness: THRESHOLDS.quality.minSharpness,
};

const isJpeg = (b: Uint8Array): boolean => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** The face engine behind the photo-enrolment port: measures and embeds one still photo. */
export const photoAssessorOf = (engine: FaceEngine): PhotoAssessor => ({
  async assess(image): Promise<PhotoAssessment> {
    if (!isJpeg(image)) return { readable: false };
    let result: Awaited<ReturnType<FaceEngine['analyzeAndEmbed']>>;
    try {
      result = await engine.analyzeAndEmbed(image);
    } catch (e) {
      // A worker that is gone is the server's problem, not the photo's.
      if (e instanceof Error && /worker|engine is closed/.test(e.message)) throw e;
      return { readable: false };
    }
    const { analysis, embedding } = result;
    const face = analysis.faces[0];
    return {
      readable: true,
      measures: {
        faces: analysis.faces.length,
        faceSizeRatio: round(analysis.quality.faceSizeRatio),
        pose: {
          yaw: round(face?.pose.yaw ?? 0),
          pitch: round(face?.pose.pitch ?? 0),
          roll: round(face?.pose.roll ?? 0),
        },
        brightness: round(analysis.quality.brightness),
        sharpness: round(analysis.quality.sharpness),
      },
      limits: LIMITS,
      embedding: embedding && { vector: embedding.vector, model: embedding.model },
    };
  },
});

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * One worker pool for both ports: the self-service verifier and the photo checker. Closing the
 * verifier closes the pool.
 */
export const startFaceServices = async (
  opts: FaceEngineOptions = {},
): Promise<{ face: FaceVerifier; photos: PhotoAssessor }> => {
  const engine = await createFaceEngine(opts);
  return { face: faceVerifierOf(engine), photos: photoAssessorOf(engine) };
};
