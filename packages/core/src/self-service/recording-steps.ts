import type { DomainErrorCode } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import { formatCertificateNumber } from './certificate-number.ts';
import type {
  CapturedFrame,
  FaceVerdict,
  FaceVerifier,
  RandomSource,
  ReferenceFace,
} from './ports.ts';
import type { ConsumeResult, OpenChallenge } from './store.ts';

// The steps a recording takes whoever holds the phone or the camera: self-service and face
// certification on a staff device (staff-access/assisted-face.ts) both run them.

/**
 * Judges a recording against the challenge it answers, once the caller has consumed the
 * challenge: the challenge must have been found, unused and in time, the person needs an active
 * reference photo, then the face engine runs (outside any transaction: it takes about a second).
 *
 * When the engine itself fails (a crashed worker, a shutdown), nobody's face was judged: the
 * person must not lose one of their attempts to it, and the spent challenge must not stay
 * half-open. `notJudged` ends the attempt as such, and the answer is `face_check_failed`.
 * A recording whose frames name a step the challenge does not have (the route can only bound
 * steps by the longest possible challenge) is not judged either: judging it would fail the
 * person for the app's fault.
 */
export const judgeRecording = async (
  consumed: ConsumeResult,
  reference: () => Promise<ReferenceFace | undefined>,
  face: FaceVerifier,
  recording: { frames: CapturedFrame[]; receivedAtMs: number },
  notJudged: (challenge: OpenChallenge) => Promise<void>,
): Promise<Result<{ challenge: OpenChallenge; verdict: FaceVerdict }, DomainErrorCode>> => {
  if (consumed === 'not_found') return err('not_found');
  if (consumed === 'used') return err('challenge_used');
  if (consumed === 'expired') return err('challenge_expired');
  if (recording.frames.some((f) => f.step >= consumed.actions.length)) {
    await notJudged(consumed);
    return err('recording_step_unknown');
  }
  const photo = await reference();
  if (!photo) return err('no_reference_photo');
  let verdict: FaceVerdict;
  try {
    verdict = await face.verify({
      reference: photo,
      actions: consumed.actions,
      frames: recording.frames,
      issuedAtMs: consumed.issuedAtMs,
      expiresAtMs: consumed.expiresAtMs,
      receivedAtMs: recording.receivedAtMs,
    });
  } catch {
    // The verifier's adapter logs the cause; the person is told to start again.
    await notJudged(consumed);
    return err('face_check_failed');
  }
  return ok({ challenge: consumed, verdict });
};

const NUMBER_TRIES = 5;

/**
 * Draws random certificate numbers until `insert` stores one; it answers false when the number
 * is already taken, and the next draw is tried.
 */
export const drawCertificateNumber = async (
  prefix: string,
  year: number,
  random: RandomSource,
  insert: (certificateNo: string) => Promise<boolean>,
): Promise<string> => {
  for (let i = 0; i < NUMBER_TRIES; i++) {
    const candidate = formatCertificateNumber(prefix, year, random.bytes(8));
    if (await insert(candidate)) return candidate;
  }
  throw new Error('could not draw a free certificate number');
};
