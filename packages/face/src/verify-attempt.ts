import { createHash } from 'node:crypto';
import { assessLiveness, type LivenessAssessment } from './liveness/assess-liveness.ts';
import { decide, type MatchResult } from './liveness/decide.ts';
import type { ChallengeNonce } from './liveness/freshness.ts';
import { fuseEmbeddings } from './match/fuse.ts';
import { checkIdentity, type IdentityResult, type SampledEmbedding } from './liveness/identity.ts';
import { framesAroundDip, sampleFrames } from './liveness/sample-frames.ts';
import { median } from './liveness/stats.ts';
import { THRESHOLDS } from './liveness/thresholds.ts';
import type { AnalysedFrame } from './liveness/types.ts';
import type { Decision, Embedding, FaceObservation, FrameAnalysis, Recording } from './types.ts';

/** What an attempt needs from the face engine (the engine's own type satisfies it). */
export type AttemptEngine = {
  analyzeSequence(images: Uint8Array[]): Promise<FrameAnalysis[]>;
  embed(image: Uint8Array, face?: FaceObservation): Promise<Embedding | null>;
  similarity(a: Embedding, b: Embedding): number;
  readonly threshold: number;
  readonly modelName: string;
};

export type VerifyAttemptInput = {
  /** the pensioner's reference photo (JPEG/PNG bytes) or its stored embedding */
  reference: Uint8Array | Embedding;
  recording: Recording;
  /** the server's one-time challenge; absent for offline verification (no freshness window) */
  nonce?: ChallengeNonce;
  /** when the recording arrived (epoch ms); defaults to now when a nonce is given */
  receivedAt?: number;
  /** most frames to analyse; the rest are only checked for timing and duplicates */
  maxFrames?: number;
};

export type AttemptEvidence = {
  framesRecorded: number;
  framesAnalysed: number;
  unusableShare: number;
  steps: {
    step: number;
    action: string;
    ok: boolean;
    why?: string;
    evidence: Record<string, number>;
  }[];
  parallax: LivenessAssessment['parallax'];
  motion: number;
  identity: Omit<IdentityResult, 'reasons'>;
  ms: { analyse: number; embed: number; total: number };
};

export type AttemptResult = Decision & { evidence: AttemptEvidence };

/**
 * At ~34 ms per analysed frame (tracked runs, one core) and ~53 ms per embedding, 30 frames and
 * 6 embeddings are decided in about 0.9 s on 2 cores (docs/models.md, "Speed"), and still hold a
 * frame every 100 ms of a blink step and 3+ frames of each other step.
 */
export const DEFAULT_MAX_FRAMES = 30;

/**
 * Sampled frames go to the workers in runs of at most this many consecutive ones: within a run the
 * face is tracked and the detector runs on one frame in three (`DETECT_EVERY`), and 30 frames make
 * four runs, enough to keep two to four threads busy.
 */
const SEQUENCE_LENGTH = 8;

/**
 * An attempt's sampled frames (in time order) as the runs it hands to the workers: consecutive,
 * at most SEQUENCE_LENGTH long, as even as possible so the workers finish together.
 */
export const sequenceRuns = <T>(xs: readonly T[]): T[][] => {
  const runs = Math.ceil(xs.length / SEQUENCE_LENGTH);
  return Array.from({ length: runs }, (_, k) =>
    xs.slice(Math.round((k * xs.length) / runs), Math.round(((k + 1) * xs.length) / runs)),
  );
};

function isEmbedding(x: Uint8Array | Embedding): x is Embedding {
  return !(x instanceof Uint8Array);
}

type Pose = { yaw: number; pitch: number };

/** Degrees between a frame's head pose and `centre`, the larger of yaw and pitch. */
const poseOff = (f: AnalysedFrame, centre: Pose): number => {
  const p = f.analysis.faces[0]!.pose;
  return Math.max(Math.abs(p.yaw - centre.yaw), Math.abs(p.pitch - centre.pitch));
};

/**
 * Frames to embed: per step, up to a few usable frames near the attempt's usual pose, spread over
 * the step, so that a person swapped at any point meets a sample on each side. A step with no
 * frame near that pose still gets its nearest ones: skipping it let a face swapped in for a step
 * held turned (pitch read past the limit throughout) go unsampled, and the attempt passed on the
 * first person's frames alone.
 */
function pickForIdentity(usable: readonly AnalysedFrame[], steps: number): AnalysedFrame[] {
  const { samplesPerStep, maxPoseDeg } = THRESHOLDS.identity;
  // The person's own resting pose, not the camera's axis: some faces' mesh reads a steady pitch
  // of -28 at rest, and "most frontal" then picked the far ends of its nods and shakes, the
  // frames least like each other and like the reference.
  const centre: Pose = {
    yaw: median(usable.map((f) => f.analysis.faces[0]!.pose.yaw)),
    pitch: median(usable.map((f) => f.analysis.faces[0]!.pose.pitch)),
  };
  const out: AnalysedFrame[] = [];
  for (let step = 0; step < steps; step++) {
    const inStep = usable.filter((f) => f.step === step);
    const near = inStep.filter((f) => poseOff(f, centre) <= maxPoseDeg);
    const own =
      near.length > 0
        ? near
        : [...inStep]
            .sort((a, b) => poseOff(a, centre) - poseOff(b, centre))
            .slice(0, samplesPerStep)
            .sort((a, b) => a.t - b.t);
    if (own.length === 0) continue;
    const n = Math.min(samplesPerStep, own.length);
    for (let k = 0; k < n; k++) {
      out.push(own[Math.round((k * (own.length - 1)) / Math.max(1, n - 1))]!);
    }
  }
  return [...new Set(out)];
}

/**
 * Decides one certification attempt: analyses a sample of the recording's frames on the engine's
 * worker pool, runs the liveness checks, embeds frames spread over the steps to check the person
 * stays the same, fuses them and compares the result with the reference.
 */
export async function verifyAttempt(
  engine: AttemptEngine,
  input: VerifyAttemptInput,
): Promise<AttemptResult> {
  const started = performance.now();
  const { recording } = input;
  const timeline = recording.frames.map((f) => ({
    t: f.t,
    step: f.step,
    hash: createHash('sha1').update(f.image).digest('hex'),
  }));
  const picked = sampleFrames(
    recording.frames,
    recording.challenge,
    input.maxFrames ?? DEFAULT_MAX_FRAMES,
  );
  const referencePromise = isEmbedding(input.reference)
    ? Promise.resolve(input.reference)
    : engine.embed(input.reference);
  // Awaited only after the analysis: if that throws first, this promise's own failure (the pool
  // closed under it, say) must not surface as an unhandled rejection that ends the process.
  referencePromise.catch(() => undefined);
  const analyses = new Map<number, FrameAnalysis>();
  const analyse = async (indices: readonly number[]) => {
    const runs = sequenceRuns(indices);
    const results = await Promise.all(
      runs.map((run) => engine.analyzeSequence(run.map((i) => recording.frames[i]!.image))),
    );
    runs.forEach((run, r) => run.forEach((i, k) => analyses.set(i, results[r]![k]!)));
  };
  const assess = () => {
    const indices = [...analyses.keys()].sort((a, b) => a - b);
    const frames: AnalysedFrame[] = indices.map((i) => ({
      ...timeline[i]!,
      analysis: analyses.get(i)!,
    }));
    const imageOf = new Map(frames.map((f, k) => [f, recording.frames[indices[k]!]!.image]));
    const liveness = assessLiveness({
      challenge: recording.challenge,
      frames,
      timeline,
      nonce: input.nonce,
      receivedAt: input.nonce ? (input.receivedAt ?? Date.now()) : input.receivedAt,
    });
    return { liveness, imageOf };
  };
  await analyse(picked);
  let { liveness, imageOf } = assess();
  // A blink can fall between sampled frames: look again around the least-open eyes.
  const analysedSet = new Set(analyses.keys());
  const extra = liveness.steps
    .filter((s) => s.action === 'blink' && !s.check.ok && s.check.why !== 'too_few_frames')
    .flatMap((s) =>
      framesAroundDip(recording.frames, analysedSet, s.step, (i) => {
        const face = analyses.get(i)?.faces[0];
        return face ? (face.eyeOpenness.left + face.eyeOpenness.right) / 2 : null;
      }),
    );
  if (extra.length > 0) {
    await analyse(extra);
    ({ liveness, imageOf } = assess());
  }
  const analysed = performance.now();
  const forIdentity = pickForIdentity(liveness.usable, recording.challenge.length);
  const embedded = await Promise.all(
    forIdentity.map((f) => engine.embed(imageOf.get(f)!, f.analysis.faces[0])),
  );
  const samples: SampledEmbedding[] = forIdentity.flatMap((f, k) => {
    const e = embedded[k];
    return e ? [{ t: f.t, step: f.step, embedding: e }] : [];
  });
  const fused = fuseEmbeddings(samples.map((s) => s.embedding));
  const reference = await referencePromise;
  const identity = checkIdentity(
    samples,
    fused,
    (a, b) => engine.similarity(a, b),
    engine.threshold,
  );
  const match: MatchResult | undefined =
    fused && reference
      ? {
          score: engine.similarity(fused, reference),
          threshold: engine.threshold,
          model: engine.modelName,
        }
      : undefined;
  const decision = decide({ liveness, identity, match, referenceUsable: reference !== null });
  const done = performance.now();
  const { reasons: _r, ...identityEvidence } = identity;
  return {
    ...decision,
    evidence: {
      framesRecorded: recording.frames.length,
      framesAnalysed: analyses.size,
      unusableShare: liveness.unusableShare,
      steps: liveness.steps.map((s) => ({
        step: s.step,
        action: s.action,
        ok: s.check.ok,
        ...(s.check.why ? { why: s.check.why } : {}),
        evidence: s.check.evidence,
      })),
      parallax: liveness.parallax,
      motion: liveness.motion,
      identity: identityEvidence,
      ms: {
        analyse: Math.round(analysed - started),
        embed: Math.round(done - analysed),
        total: Math.round(done - started),
      },
    },
  };
}
