import { describe, expect, it } from 'vitest';
import {
  combineGuidance,
  createGuideSpeaker,
  createPreviewPacer,
  guideOfFinding,
} from './server-guidance.ts';

describe('server guidance', () => {
  it('turns each finding the issue names into its prompt', () => {
    expect(guideOfFinding('no_face')).toBe('guideNoFace');
    expect(guideOfFinding('face_too_small')).toBe('guideSmall');
    expect(guideOfFinding('too_dark')).toBe('guideDark');
    expect(guideOfFinding('multiple_faces')).toBe('guideMany');
    expect(guideOfFinding('ok')).toBe('guideOk');
    expect(guideOfFinding('too_blurry')).toBeNull();
  });

  it("prefers the server's fresh finding, but not over darkness seen on the newest picture", () => {
    const server = { guide: 'guideMany' as const, at: 1000 };
    expect(combineGuidance('guideOk', server, 2000)).toBe('guideMany');
    expect(combineGuidance('guideOk', server, 1000 + 2600)).toBe('guideOk');
    expect(combineGuidance('guideDark', server, 1200)).toBe('guideDark');
    expect(combineGuidance('guideNoFace', null, 1200)).toBe('guideNoFace');
  });

  it('sends one still at a time, spaced, and pauses after a refusal', () => {
    const p = createPreviewPacer(600, 5000);
    expect(p.shouldSend(0)).toBe(true);
    p.sent(0);
    expect(p.shouldSend(700)).toBe(false); // still waiting for the answer
    p.answered(300, true);
    expect(p.shouldSend(500)).toBe(false);
    expect(p.shouldSend(600)).toBe(true);
    p.sent(600);
    p.answered(700, false);
    expect(p.shouldSend(1300)).toBe(false);
    expect(p.shouldSend(5700)).toBe(true);
  });

  it('speaks a prompt once it holds, not every flicker, and not too often', () => {
    const speak = createGuideSpeaker({ minGapMs: 4000, stable: 2 });
    expect(speak('guideOk', 0)).toBe(false); // nothing to clear yet
    expect(speak('guideOk', 600)).toBe(false);
    expect(speak('guideNoFace', 1200)).toBe(false); // once: maybe a flicker
    expect(speak('guideNoFace', 1800)).toBe(true);
    expect(speak('guideNoFace', 2400)).toBe(false); // already said
    expect(speak('guideSmall', 3000)).toBe(false);
    expect(speak('guideSmall', 3600)).toBe(false); // held, but too soon after the last
    expect(speak('guideSmall', 6000)).toBe(true);
    expect(speak('guideOk', 10_200)).toBe(false);
    expect(speak('guideOk', 10_800)).toBe(true); // the all-clear
  });
});
