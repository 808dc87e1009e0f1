import { describe, expect, it } from 'vitest';
import { fakeRecording, rng } from './liveness/fake-face.ts';
import { sampleFrames } from './liveness/sample-frames.ts';
import type { Action, Embedding, FrameAnalysis, Recording } from './types.ts';
import { verifyAttempt, type AttemptEngine } from './verify-attempt.ts';

/** A unit vector per person, with a little noise per frame: cosine ~0.99 within, ~0 across. */
function personVector(person: number, noiseSeed: number): Float32Array {
  const r = rng(person * 1000);
  const n = rng(noiseSeed);
  const v = Float32Array.from({ length: 64 }, () => r() - 0.5 + (n() - 0.5) * 0.05);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/**
 * Frames are stand-in bytes [frame index hi, lo, person]; the engine looks the analysis up by index
 * and embeds the person named in the bytes. Calls are counted to check the sampling budget.
 */
function fakeEngine(analyses: FrameAnalysis[]) {
  const calls = { analyze: 0, embed: 0 };
  const engine: AttemptEngine = {
    threshold: 0.5,
    modelName: 'fake',
    analyzeSequence: (images) => {
      calls.analyze += images.length;
      return Promise.resolve(images.map((image) => analyses[image[0]! * 256 + image[1]!]!));
    },
    embed: (image) => {
      calls.embed++;
      const e: Embedding = {
        vector: personVector(image[2]!, image[1]!),
        quality: 0.8,
        model: 'fake',
      };
      return Promise.resolve(e);
    },
    similarity: (a, b) => a.vector.reduce((s, x, i) => s + x * b.vector[i]!, 0),
  };
  return { engine, calls };
}

function recordingOf(challenge: Action[], person: (i: number) => number) {
  const frames = fakeRecording(challenge);
  const recording: Recording = {
    challenge,
    frames: frames.map((f, i) => ({
      t: f.t,
      step: f.step,
      image: Uint8Array.from([i >> 8, i & 255, person(i)]),
    })),
  };
  return { recording, analyses: frames.map((f) => f.analysis) };
}

const challenge: Action[] = ['nod', 'blink', 'shake'];
const reference = Uint8Array.from([0, 0, 1]);

describe('verifyAttempt', () => {
  it('passes the right person doing the actions, within the frame budget', async () => {
    const { recording, analyses } = recordingOf(challenge, () => 1);
    const { engine, calls } = fakeEngine(analyses);
    const r = await verifyAttempt(engine, { reference, recording, maxFrames: 40 });
    expect(r.reasons).toEqual([]);
    expect(r.decision).toBe('pass');
    expect(r.match?.score).toBeGreaterThan(0.9);
    expect(calls.analyze).toBeLessThanOrEqual(44);
    expect(r.evidence.framesAnalysed).toBe(calls.analyze);
    expect(r.evidence.steps.map((s) => s.ok)).toEqual([true, true, true]);
  });

  it('fails someone else with the score and threshold', async () => {
    const { recording, analyses } = recordingOf(challenge, () => 2);
    const r = await verifyAttempt(fakeEngine(analyses).engine, { reference, recording });
    expect(r.decision).toBe('fail');
    expect(r.reasons).toEqual([
      { code: 'no_match', detail: { score: r.match!.score, threshold: 0.5 } },
    ]);
  });

  it('fails a face swapped mid-recording', async () => {
    const { recording, analyses } = recordingOf(challenge, (i) => (i < 30 ? 1 : 2));
    const r = await verifyAttempt(fakeEngine(analyses).engine, { reference, recording });
    expect(r.reasons.map((x) => x.code)).toContain('face_swapped');
  });

  it('fails a face swapped in for a step held turned past the pose limit', async () => {
    const steps = recordingOf(challenge, () => 1).recording.frames.map((f) => f.step);
    const { recording, analyses } = recordingOf(challenge, (i) => (steps[i] === 2 ? 2 : 1));
    // Every frame of the last step reads pitched 25 degrees down: none is near the usual pose.
    steps.forEach((step, i) => {
      if (step !== 2) return;
      const face = analyses[i]!.faces[0]!;
      const pose = { ...face.pose, pitch: face.pose.pitch - 25 };
      analyses[i] = { ...analyses[i]!, faces: [{ ...face, pose }] };
    });
    const r = await verifyAttempt(fakeEngine(analyses).engine, { reference, recording });
    expect(r.reasons.map((x) => x.code)).toContain('face_swapped');
    expect(r.evidence.identity.samples).toBe(6);
  });

  it("embeds frames near the person's usual pose, not near the camera's axis", async () => {
    // A face read pitched 28 degrees up at rest, whose nod comes down towards the camera's axis:
    // the nod's lower half stands in for frames far from the usual pose, which embed unlike the
    // rest (a turned head, or a generated one, matches itself less well).
    const pitch = fakeRecording(challenge).map((f) => f.analysis.faces[0]!.pose.pitch);
    const { recording, analyses } = recordingOf(challenge, (i) => (pitch[i]! < -8 ? 2 : 1));
    analyses.forEach((a, i) => {
      const face = a.faces[0]!;
      analyses[i] = { ...a, faces: [{ ...face, pose: { ...face.pose, pitch: pitch[i]! + 28 } }] };
    });
    const r = await verifyAttempt(fakeEngine(analyses).engine, { reference, recording });
    expect(r.reasons).toEqual([]);
    expect(r.evidence.identity.samples).toBe(6);
  });

  it('accepts a stored reference embedding', async () => {
    const { recording, analyses } = recordingOf(challenge, () => 1);
    const stored: Embedding = { vector: personVector(1, 99), quality: 1, model: 'fake' };
    const r = await verifyAttempt(fakeEngine(analyses).engine, { reference: stored, recording });
    expect(r.decision).toBe('pass');
  });

  it('reports the analysis failure alone when the reference embedding fails after it', async () => {
    // As when the pool is closed under a failed attempt: the reference's rejection comes later
    // and must not surface as an unhandled rejection (vitest fails the run on one).
    const { recording, analyses } = recordingOf(challenge, () => 1);
    const { engine } = fakeEngine(analyses);
    let failReference!: (e: Error) => void;
    const broken: AttemptEngine = {
      ...engine,
      analyzeSequence: () => Promise.reject(new Error('frame 3 is not an image')),
      embed: () => new Promise((_, reject) => (failReference = reject)),
    };
    await expect(verifyAttempt(broken, { reference, recording })).rejects.toThrow(
      'frame 3 is not an image',
    );
    failReference(new Error('face engine is closed'));
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  it('fails a recording sent after its challenge expired', async () => {
    const { recording, analyses } = recordingOf(challenge, () => 1);
    const nonce = { issuedAt: 1_000_000, expiresAt: 1_060_000, challenge };
    const r = await verifyAttempt(fakeEngine(analyses).engine, {
      reference,
      recording,
      nonce,
      receivedAt: 2_000_000,
    });
    expect(r.reasons.map((x) => x.code)).toEqual(['stale_recording']);
  });

  it('looks again around the least-open eyes when a blink fell between sampled frames', async () => {
    const { recording, analyses } = recordingOf(challenge, () => 1);
    const open = (i: number, eyes: number) => {
      const face = analyses[i]!.faces[0]!;
      analyses[i] = {
        ...analyses[i]!,
        faces: [{ ...face, eyeOpenness: { left: eyes, right: eyes } }],
      };
    };
    // Step 1 (blink): eyes open throughout except one frame the sampler skips, half-closed next to it.
    const sampled = new Set(sampleFrames(recording.frames, challenge, 24));
    const inStep = recording.frames.flatMap((f, i) => (f.step === 1 ? [i] : []));
    inStep.forEach((i) => open(i, 0.3));
    const hidden = inStep.find((i, k) => k > 3 && !sampled.has(i) && sampled.has(i + 1))!;
    open(hidden, 0.03);
    open(hidden + 1, 0.26);
    const { engine, calls } = fakeEngine(analyses);
    const r = await verifyAttempt(engine, { reference, recording, maxFrames: 24 });
    expect(r.reasons).toEqual([]);
    expect(calls.analyze).toBeGreaterThan(sampled.size);
  });
});
