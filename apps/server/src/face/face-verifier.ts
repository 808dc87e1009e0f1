import type { FaceVerdict, FaceVerifier, ReferenceFace } from '@lifecert/core';
import {
  createFaceEngine,
  type Embedding,
  type FaceEngine,
  type FaceEngineOptions,
  type Guidance,
  guidanceOf,
  verifyAttempt,
} from '@lifecert/face';

/**
 * Live guidance from one camera still, by the engine that judges recordings. Not part of the core
 * port: a verifier without it (another engine, a test double) simply offers no server guidance.
 */
export type FacePreviewer = { preview(jpeg: Uint8Array): Promise<Guidance> };

export const previewerOf = (face: FaceVerifier | undefined): FacePreviewer | null =>
  face && typeof (face as Partial<FacePreviewer>).preview === 'function'
    ? (face as FaceVerifier & FacePreviewer)
    : null;

/**
 * The face engine behind the self-service port. Besides the decision it keeps track of which
 * submitted frame the engine found best for matching, so that frame (and no other) can be kept
 * as the certification photo.
 */
export const faceVerifierOf = (engine: FaceEngine): FaceVerifier & FacePreviewer => ({
  async preview(jpeg) {
    return guidanceOf(await engine.analyze(jpeg));
  },
  async verify(input): Promise<FaceVerdict> {
    const started = performance.now();
    const indexOf = new Map(input.frames.map((f, i) => [f.image, i]));
    let best: { index: number; quality: number } | null = null;
    // Watches the engine's embeddings of recording frames; the reference photo is not one of them.
    const watching = {
      analyzeSequence: (images: Uint8Array[]) => engine.analyzeSequence(images),
      similarity: (a: Embedding, b: Embedding) => engine.similarity(a, b),
      threshold: engine.threshold,
      modelName: engine.modelName,
      embed: async (image: Uint8Array, face?: Parameters<FaceEngine['embed']>[1]) => {
        const e = await engine.embed(image, face);
        const index = indexOf.get(image);
        if (e && index !== undefined && (best === null || e.quality > best.quality)) {
          best = { index, quality: e.quality };
        }
        return e;
      },
    };
    const result = await verifyAttempt(watching, {
      reference: referenceFor(input.reference, engine),
      recording: {
        challenge: [...input.actions],
        frames: input.frames.map((f) => ({ image: f.image, t: f.t, step: f.step })),
      },
      nonce: {
        issuedAt: input.issuedAtMs,
        expiresAt: input.expiresAtMs,
        challenge: input.actions,
      },
      receivedAt: input.receivedAtMs,
    });
    const chosen = best as { index: number } | null;
    return {
      decision: result.decision,
      reasons: result.reasons.map((r) => ({
        code: r.code,
        ...(r.step === undefined ? {} : { step: r.step }),
        ...(r.action === undefined ? {} : { action: r.action }),
        ...(typeof r.detail?.why === 'string' ? { why: r.detail.why } : {}),
      })),
      matchScore: result.match?.score ?? null,
      bestFrame: chosen?.index ?? null,
      ms: Math.round(performance.now() - started),
    };
  },
  close: () => engine.close(),
});

// A stored embedding saves one inference per attempt, but only if the running model made it.
const referenceFor = (ref: ReferenceFace, engine: FaceEngine): Uint8Array | Embedding =>
  ref.embedding && ref.embedding.model === engine.modelName
    ? { vector: ref.embedding.vector, model: ref.embedding.model, quality: 1 }
    : ref.jpeg;

/** Starts the worker pool once per process; the composition root closes it on shutdown. */
export const startFaceVerifier = async (
  opts: FaceEngineOptions = {},
): Promise<FaceVerifier & FacePreviewer> => faceVerifierOf(await createFaceEngine(opts));
