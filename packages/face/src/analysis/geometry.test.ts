import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eyeOpenness, lipsHeight, mouthOpenness } from './eyes-mouth.ts';
import { gazeDirection } from './gaze.ts';
import { headPose } from './head-pose.ts';
import { syntheticMesh } from './synthetic-mesh.ts';

const angle = (max: number) => fc.double({ min: -max, max, noNaN: true });

describe('headPose', () => {
  it('reads back the yaw, pitch and roll a synthetic head was posed with', () => {
    fc.assert(
      fc.property(angle(50), angle(35), angle(40), (yaw, pitch, roll) => {
        const pose = headPose(syntheticMesh({ yaw, pitch, roll }));
        expect(pose.yaw).toBeCloseTo(yaw, 6);
        expect(pose.pitch).toBeCloseTo(pitch, 6);
        expect(pose.roll).toBeCloseTo(roll, 6);
      }),
    );
  });

  it('follows the sign conventions of the contract', () => {
    // turning to their own left moves the nose towards the image's right
    const left = syntheticMesh({ yaw: 20 });
    expect(left[1]![0]).toBeGreaterThan(320);
    expect(headPose(left).yaw).toBeGreaterThan(0);
    // looking up moves the nose tip up in the image (smaller y)
    const up = syntheticMesh({ pitch: 20 });
    expect(up[1]![1]).toBeLessThan(syntheticMesh()[1]![1]);
    expect(headPose(up).pitch).toBeGreaterThan(0);
  });
});

describe('eyeOpenness, mouthOpenness and lipsHeight', () => {
  it('measure what was drawn, whatever the pose', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.double({ min: 0, max: 0.8, noNaN: true }),
        angle(40),
        (eye, mouth, roll) => {
          const mesh = syntheticMesh({ eyeOpen: eye, mouthOpen: mouth, roll, scale: 3 });
          const o = eyeOpenness(mesh);
          expect(o.left).toBeCloseTo(eye, 6);
          expect(o.right).toBeCloseTo(eye, 6);
          expect(mouthOpenness(mesh)).toBeCloseTo(mouth, 6);
          // two lips 6 units thick on a 50-unit mouth, plus the gap
          expect(lipsHeight(mesh)).toBeCloseTo(mouth + 0.24, 6);
        },
      ),
    );
  });

  it('tells a closed eye from an open one', () => {
    const closed = eyeOpenness(syntheticMesh({ eyeOpen: 0.02 }));
    const open = eyeOpenness(syntheticMesh({ eyeOpen: 0.3 }));
    expect(closed.left).toBeLessThan(0.1);
    expect(open.left).toBeGreaterThan(0.2);
  });
});

describe('gazeDirection', () => {
  it('equals the head pose when the eyes look straight ahead in the head', () => {
    fc.assert(
      fc.property(angle(40), angle(25), angle(30), (yaw, pitch, roll) => {
        const mesh = syntheticMesh({ yaw, pitch, roll });
        const g = gazeDirection(mesh, headPose(mesh));
        expect(g.yaw).toBeCloseTo(yaw, 6);
        expect(g.pitch).toBeCloseTo(pitch, 6);
      }),
    );
  });

  it('adds the eyes rotation to the head pose', () => {
    const mesh = syntheticMesh({ eyeYaw: 20, roll: 15 });
    const g = gazeDirection(mesh, headPose(mesh));
    expect(g.yaw).toBeCloseTo(20, 0);
    expect(Math.abs(g.pitch)).toBeLessThan(1);
    const down = syntheticMesh({ eyePitch: -15, yaw: 10 });
    const gd = gazeDirection(down, headPose(down));
    expect(gd.pitch).toBeCloseTo(-15, 0);
    expect(gd.yaw).toBeCloseTo(10, 0);
  });
});
