import type { ChallengeAction } from './challenge.ts';

/** One captured frame as the face port takes it: JPEG bytes, ms since start, challenge step. */
export type CapturedFrame = { image: Uint8Array; t: number; step: number };

export type FaceVerdictReason = {
  code: string;
  step?: number;
  action?: ChallengeAction;
  /** why an action was not seen, the engine's sub-code (`too_small`, `no_closure`, ...) */
  why?: string;
};

export type FaceVerdict = {
  decision: 'pass' | 'fail';
  reasons: FaceVerdictReason[];
  /** similarity of the attempt to the reference; null when no face could be compared */
  matchScore: number | null;
  /** index into the submitted frames of the frame best suited as the certificate photo */
  bestFrame: number | null;
  /** wall time the engine spent, for the attempt's record */
  ms: number;
};

/** A reference photo as stored: JPEG bytes and, when computed, its embedding and model. */
export type ReferenceFace = {
  jpeg: Uint8Array;
  embedding: { vector: Float32Array; model: string } | null;
};

/**
 * The face engine as the self-service flow sees it: the server's own judgement of a recording
 * against the one-time challenge it issued. Nothing the client says about the frames is input
 * here except the frames themselves.
 */
export type FaceVerifier = {
  verify(input: {
    reference: ReferenceFace;
    actions: readonly ChallengeAction[];
    frames: readonly CapturedFrame[];
    issuedAtMs: number;
    expiresAtMs: number;
    receivedAtMs: number;
  }): Promise<FaceVerdict>;
  close(): Promise<void>;
};

/** Password hashing (Argon2 in the server); core never sees the algorithm. */
export type PasswordHasher = {
  hash(password: string): Promise<string>;
  verify(stored: string, password: string): Promise<boolean>;
};

/** Cryptographic randomness for tokens and certificate numbers; tests pass a seeded source. */
export type RandomSource = { bytes(n: number): Uint8Array; int(n: number): number };
