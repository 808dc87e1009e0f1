import { describe, expect, it } from 'vitest';
import { detectBlink } from './blink.ts';
import { fakeFace, headCloud, type FaceOpts } from './fake-face.ts';
import { detectGaze } from './gaze.ts';
import { detectMouth } from './mouth.ts';
import { detectNod } from './nod.ts';
import { detectShake } from './shake.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { FaceFrame } from './types.ts';

const cloud = headCloud(3);

/** One step's frames from a list of per-frame face settings, `dt` ms apart. */
function step(settings: FaceOpts[], dt = 80): FaceFrame[] {
  return settings.map((o, i) => ({ t: i * dt, face: fakeFace(cloud, o) }));
}

const series = (values: number[], key: 'pitch' | 'yaw' | 'mouth' | 'eyes') =>
  step(values.map((v) => ({ [key]: v })));

describe('detectNod', () => {
  it('accepts pitch going down and back up', () => {
    const r = detectNod(series([0, -1, -6, -12, -16, -12, -5, -1, 0], 'pitch'));
    expect(r.ok).toBe(true);
    expect(r.evidence.dropDeg).toBeCloseTo(16);
  });
  it('rejects pose noise', () => {
    expect(detectNod(series([0, -2, 1, -3, 0, 2, -1], 'pitch'))).toMatchObject({
      ok: false,
      why: 'too_small',
    });
  });
  it('rejects a head that goes down and stays down', () => {
    expect(detectNod(series([0, -5, -10, -15, -18, -18, -17], 'pitch'))).toMatchObject({
      ok: false,
      why: 'no_return',
    });
  });
  it('rejects looking up and back (the opposite of a nod)', () => {
    expect(detectNod(series([0, 6, 12, 16, 12, 5, 0], 'pitch')).ok).toBe(false);
  });
  it('does not take a shake with a pitch wobble for a nod', () => {
    const frames = step(
      [0, 10, 20, 10, 0, -10, -20, -10, 0].map((yaw, i) => ({ yaw, pitch: i === 4 ? -12 : 0 })),
    );
    expect(detectNod(frames)).toMatchObject({ ok: false, why: 'not_dominant' });
  });
});

describe('detectShake', () => {
  it('accepts yaw swinging both ways', () => {
    expect(detectShake(series([0, 8, 18, 10, 0, -10, -18, -8, 0], 'yaw')).ok).toBe(true);
  });
  it('rejects a turn to one side and back', () => {
    expect(detectShake(series([0, 8, 18, 22, 18, 8, 0], 'yaw'))).toMatchObject({
      ok: false,
      why: 'one_sided',
    });
  });
  it('rejects a nod', () => {
    expect(detectShake(series([0, -6, -12, -16, -12, -5, 0], 'pitch')).ok).toBe(false);
  });
});

describe('detectMouth', () => {
  it('accepts a mouth opening', () => {
    expect(detectMouth(series([0.02, 0.03, 0.2, 0.45, 0.5, 0.4, 0.05], 'mouth')).ok).toBe(true);
  });
  it('rejects a mouth that stays closed', () => {
    expect(detectMouth(series([0.02, 0.05, 0.08, 0.04, 0.03], 'mouth'))).toMatchObject({
      ok: false,
      why: 'not_open',
    });
  });
  // Under a moustache the mesh reads an opening jaw as the lips thickening: the inner gap rises
  // too little to be "open", the outer height a lot (a generated face: 0.01 -> 0.095, 0.19 -> 0.4).
  const inner = [0.01, 0.012, 0.07, 0.095, 0.09, 0.02, 0.01];
  it('accepts an inner gap short of open when the outer height of the lips rises with it', () => {
    const outer = [0.19, 0.2, 0.33, 0.4, 0.39, 0.22, 0.2];
    const r = detectMouth(step(inner.map((mouth, i) => ({ mouth, lips: outer[i]! }))));
    expect(r.ok).toBe(true);
    expect(r.evidence.lipsRise).toBeCloseTo(0.2, 2);
  });
  it('rejects that inner gap when the outer height stays within its noise', () => {
    const outer = [0.19, 0.2, 0.22, 0.24, 0.23, 0.2, 0.21];
    const r = detectMouth(step(inner.map((mouth, i) => ({ mouth, lips: outer[i]! }))));
    expect(r).toMatchObject({ ok: false, why: 'not_open' });
  });
  it('rejects an outer height that rises while the inner gap does not', () => {
    const outer = [0.19, 0.2, 0.33, 0.4, 0.39, 0.22, 0.2];
    const flat = [0.01, 0.02, 0.03, 0.03, 0.02, 0.02, 0.01];
    const r = detectMouth(step(flat.map((mouth, i) => ({ mouth, lips: outer[i]! }))));
    expect(r).toMatchObject({ ok: false, why: 'no_change' });
  });
  it('wants the inner gap and the outer height up on the same frame', () => {
    const inner = [0.02, 0.02, 0.15, 0.02, 0.02, 0.02];
    const apart = [0.26, 0.26, 0.26, 0.4, 0.26, 0.26];
    const r = detectMouth(step(inner.map((mouth, i) => ({ mouth, lips: apart[i]! }))));
    expect(r).toMatchObject({ ok: false, why: 'not_open', evidence: { jointRise: 0 } });
    const together = [0.26, 0.26, 0.4, 0.26, 0.26, 0.26];
    expect(detectMouth(step(inner.map((mouth, i) => ({ mouth, lips: together[i]! })))).ok).toBe(
      true,
    );
  });
  // A photo cropped under the lower lip: the generator drops the jaw, the mesh's lips barely
  // follow, but the cavity shows as a dark opening.
  const parting = [0.01, 0.012, 0.035, 0.04, 0.04, 0.015, 0.01];
  const cavity = [0, 0.01, 0.25, 0.3, 0.3, 0.02, 0];
  it('accepts a dark opening held over frames where the inner lips part a little', () => {
    const r = detectMouth(step(parting.map((mouth, i) => ({ mouth, dark: cavity[i]! }))));
    expect(r.ok).toBe(true);
    expect(r.evidence.darkRise).toBeCloseTo(0.3, 2);
    // the same lips without the dark opening: too little to call open
    expect(detectMouth(step(parting.map((mouth) => ({ mouth })))).ok).toBe(false);
  });
  it('rejects a dark opening on one frame only, or with lips that do not move', () => {
    const shadow = [0, 0.01, 0, 0.3, 0, 0.02, 0];
    expect(detectMouth(step(parting.map((mouth, i) => ({ mouth, dark: shadow[i]! })))).ok).toBe(
      false,
    );
    const still = [0.01, 0.012, 0.015, 0.014, 0.012, 0.015, 0.01];
    expect(detectMouth(step(still.map((mouth, i) => ({ mouth, dark: cavity[i]! })))).ok).toBe(
      false,
    );
  });
  it('rejects a mouth held open all along', () => {
    expect(detectMouth(series([0.4, 0.42, 0.41, 0.43, 0.4, 0.42], 'mouth'))).toMatchObject({
      ok: false,
      why: 'no_change',
    });
  });
});

describe('detectBlink', () => {
  const open = 0.3;
  it('accepts eyes closing for a few frames and reopening', () => {
    const r = detectBlink(series([open, open, open, 0.15, 0.03, 0.05, 0.28, open, open], 'eyes'));
    expect(r.ok).toBe(true);
    expect(r.evidence.durationMaxMs).toBeGreaterThanOrEqual(80);
    expect(r.evidence.durationMinMs).toBeLessThanOrEqual(800);
  });
  it('accepts a blink caught in a single frame', () => {
    expect(detectBlink(series([open, open, open, 0.05, open, open], 'eyes')).ok).toBe(true);
  });
  it('rejects eyes that close and never reopen', () => {
    expect(detectBlink(series([open, open, open, 0.05, 0.04, 0.05], 'eyes'))).toMatchObject({
      ok: false,
      why: 'no_reopen',
    });
  });
  it('rejects eyes shut for over a second', () => {
    const shut = Array.from({ length: 14 }, () => 0.04);
    const r = detectBlink(
      series(
        [
          open,
          open,
          open,
          ...shut,
          open,
          open,
          open,
          open,
          open,
          open,
          open,
          open,
          open,
          open,
          open,
          open,
          open,
          open,
          open,
        ],
        'eyes',
      ),
    );
    expect(r).toMatchObject({ ok: false, why: 'too_long' });
  });
  it('rejects steady open eyes', () => {
    expect(detectBlink(series([0.3, 0.29, 0.31, 0.3, 0.28, 0.3], 'eyes')).ok).toBe(false);
  });
  it('rejects one eye closing alone (a wink is not a blink)', () => {
    const frames = step([{}, {}, {}, {}, {}, {}]);
    frames[3] = {
      t: frames[3]!.t,
      face: { ...frames[3]!.face, eyeOpenness: { left: 0.03, right: 0.3 } },
    };
    expect(detectBlink(frames).ok).toBe(false);
  });

  describe('where the mesh follows the lids only part of the way', () => {
    // An open eye's pattern, and the same eye closed: a dark seam where the iris was.
    const openEye = Array.from({ length: 96 }, (_, k) => (k % 12 === 5 || k % 12 === 6 ? -2 : 0.4));
    const closedEye = Array.from({ length: 96 }, (_, k) => (k >= 48 && k < 60 ? -2 : 0.4));
    const take = (eyes: number[], closedAt: number[], yaw = 0) =>
      step(
        eyes.map((e, i) => ({
          eyes: e,
          yaw,
          eyePatch: closedAt.includes(i) ? closedEye : openEye,
        })),
      );

    it('accepts both eyes changing their look while the lids move some of the way', () => {
      const r = detectBlink(take([open, open, open, 0.26, 0.26, open, open], [3, 4]));
      expect(r).toMatchObject({ ok: true });
      expect(r.evidence.minRatio).toBeGreaterThan(THRESHOLDS.blink.closedShare);
      expect(r.evidence.maxEyeChange).toBeGreaterThan(THRESHOLDS.blink.minEyeChange);
    });
    it('rejects a change of look while the lids stay where they were', () => {
      expect(detectBlink(take([open, open, open, open, open, open, open], [3, 4])).ok).toBe(false);
    });
    it('rejects a change of look that does not go away when the lids are back', () => {
      const r = detectBlink(
        take([open, open, open, open, open, 0.26, open, open, open], [5, 6, 7, 8]),
      );
      expect(r).toMatchObject({ ok: false, why: 'no_reopen' });
    });
    it('does not read the look of a head turned past the limit', () => {
      const limit = THRESHOLDS.blink.lookMaxYawDeg;
      const turned = take([open, open, open, 0.26, 0.26, open, open], [3, 4], limit + 5);
      expect(detectBlink(turned)).toMatchObject({ ok: false, evidence: { maxEyeChange: 0 } });
      const within = take([open, open, open, 0.26, 0.26, open, open], [3, 4], limit - 5);
      expect(detectBlink(within).ok).toBe(true);
    });
    it('rejects one eye changing alone', () => {
      const frames = take([open, open, open, 0.26, 0.26, open, open], []);
      for (const i of [3, 4]) {
        const face = frames[i]!.face;
        frames[i] = {
          ...frames[i]!,
          face: { ...face, eyePatches: { ...face.eyePatches, left: closedEye } },
        };
      }
      expect(detectBlink(frames).ok).toBe(false);
    });
  });
});

describe('detectGaze', () => {
  it('accepts a frontal gaze held long enough', () => {
    expect(detectGaze(step(Array.from({ length: 12 }, () => ({ yaw: 2, pitch: -3 })))).ok).toBe(
      true,
    );
  });
  it('rejects a gaze that keeps wandering', () => {
    const wander = Array.from({ length: 12 }, (_, i) => ({ yaw: i % 3 === 0 ? 35 : 0 }));
    expect(detectGaze(step(wander))).toMatchObject({ ok: false, why: 'not_held' });
  });
  it('rejects eyes looking away from a frontal head', () => {
    const away = Array.from({ length: 12 }, () => ({ gaze: { yaw: 30, pitch: 0 } }));
    expect(detectGaze(step(away))).toMatchObject({ ok: false, why: 'not_frontal' });
  });
});

describe('steady frames', () => {
  it('ignores eye closure seen only while the head is turned far from its usual pose', () => {
    // Looking down makes the eyes look closed from the camera; that is not a blink.
    const frames = step([{}, {}, {}, { pitch: -25, eyes: 0.05 }, {}, {}, {}]);
    expect(detectBlink(frames).ok).toBe(false);
  });
  it('ignores a mouth that only looks open while the head is turned', () => {
    const frames = step([{}, {}, {}, { yaw: 30, mouth: 0.4 }, {}, {}, {}]);
    expect(detectMouth(frames).ok).toBe(false);
  });
  it('keeps the open-mouth frames whose pitch moved with the jaw', () => {
    // The pose's down axis ends at the chin: a dropped jaw reads as the head pitching down.
    const open = { pitch: -14, mouth: 0.4 };
    const frames = step([{}, {}, {}, open, open, open, {}, {}, {}]);
    expect(detectMouth(frames)).toMatchObject({ ok: true, evidence: { peak: 0.4 } });
  });
  it('does not take the lips parting at the bottom of a nod for an open mouth', () => {
    const down = { pitch: -30, mouth: 0.2 };
    const frames = step([{}, {}, { pitch: -15 }, down, down, { pitch: -15 }, {}, {}, {}]);
    expect(detectMouth(frames).ok).toBe(false);
    // the same lips at the same pitch, the head held there: an open mouth
    const held = step([down, down, down, { ...down, mouth: 0.02 }, down, { ...down, mouth: 0.02 }]);
    expect(detectMouth(held).ok).toBe(true);
  });
});
