// Live guidance from the server's face engine, for the phones (most of them) whose browser has no
// FaceDetector: what its findings mean on screen, how often to ask, and when to speak.
import type { StringKey } from '../i18n/i18n.ts';

/** The server's answer to POST /api/self/preview. */
export type PreviewReply = {
  finding: 'ok' | 'no_face' | 'multiple_faces' | 'too_dark' | 'face_too_small' | 'too_blurry';
  problems: string[];
  faces: number;
  faceSize: number;
  brightness: number;
};

const GUIDE_OF: Partial<Record<PreviewReply['finding'], StringKey>> = {
  ok: 'guideOk',
  no_face: 'guideNoFace',
  multiple_faces: 'guideMany',
  too_dark: 'guideDark',
  face_too_small: 'guideSmall',
};

/** The prompt for a finding; null for one the page has no words for (blur), which then says nothing new. */
export const guideOfFinding = (f: PreviewReply['finding']): StringKey | null => GUIDE_OF[f] ?? null;

export type ServerGuide = { guide: StringKey; at: number };

/** A server answer older than this no longer describes the picture (the person moves). */
export const SERVER_GUIDE_MAX_AGE_MS = 2500;

/**
 * What to show: the page's own look (brightness, and faces where the browser can) answers at
 * once; the server's finding, while fresh, knows about faces the page cannot see. Darkness seen
 * locally wins, because it is measured on the newest picture.
 */
export function combineGuidance(
  local: StringKey,
  server: ServerGuide | null,
  now: number,
  maxAgeMs = SERVER_GUIDE_MAX_AGE_MS,
): StringKey {
  if (local === 'guideDark' || !server || now - server.at > maxAgeMs) return local;
  return server.guide;
}

/**
 * Paces the stills sent to the server: one at a time, at least `minIntervalMs` apart (the server
 * allows about two a second), and after a refusal or a network error a longer pause.
 */
export function createPreviewPacer(minIntervalMs = 600, backoffMs = 5000) {
  let inFlight = false;
  let nextAt = 0;
  return {
    shouldSend(now: number): boolean {
      return !inFlight && now >= nextAt;
    },
    sent(now: number): void {
      inFlight = true;
      nextAt = now + minIntervalMs;
    },
    answered(now: number, ok: boolean): void {
      inFlight = false;
      if (!ok) nextAt = Math.max(nextAt, now + backoffMs);
    },
  };
}

/**
 * Decides when a prompt is spoken: only once it has held for `stable` looks in a row (a single
 * odd frame is not announced), never the same prompt twice in a row, and at most one
 * announcement every `minGapMs`, so the voice does not chatter while someone settles. "Good" is
 * spoken only after a problem was announced, as the all-clear.
 */
export function createGuideSpeaker(opts: { minGapMs?: number; stable?: number } = {}) {
  const minGapMs = opts.minGapMs ?? 4000;
  const stable = opts.stable ?? 2;
  let candidate: StringKey | null = null;
  let seen = 0;
  let spoken: StringKey | null = null;
  let lastAt = -Infinity;
  return (guide: StringKey, now: number): boolean => {
    if (guide === candidate) seen++;
    else [candidate, seen] = [guide, 1];
    if (seen < stable || guide === spoken || now - lastAt < minGapMs) return false;
    if (guide === 'guideOk' && spoken === null) return false;
    spoken = guide;
    lastAt = now;
    return true;
  };
}
