import { describe, expect, it } from 'vitest';
import { guidanceFor, meanLuma } from './guidance.ts';

const face = (width: number) => ({ width, height: width * 1.3 });

describe('live guidance', () => {
  it('measures mean luma of RGBA pixels', () => {
    expect(meanLuma(new Uint8ClampedArray([255, 255, 255, 255, 0, 0, 0, 255]))).toBeCloseTo(127.5);
    expect(meanLuma(new Uint8ClampedArray([255, 0, 0, 255]))).toBeCloseTo(76.245);
  });

  it('asks for light first, then one face, then a closer phone', () => {
    expect(guidanceFor({ brightness: 20, frameWidth: 640, faces: [face(200)] })).toBe('guideDark');
    expect(guidanceFor({ brightness: 120, frameWidth: 640, faces: [] })).toBe('guideNoFace');
    expect(guidanceFor({ brightness: 120, frameWidth: 640, faces: [face(200), face(150)] })).toBe(
      'guideMany',
    );
    expect(guidanceFor({ brightness: 120, frameWidth: 640, faces: [face(80)] })).toBe('guideSmall');
    expect(guidanceFor({ brightness: 120, frameWidth: 640, faces: [face(200)] })).toBe('guideOk');
  });

  it('judges light alone where the browser cannot find faces', () => {
    expect(guidanceFor({ brightness: 120, frameWidth: 640, faces: null })).toBe('guideOk');
    expect(guidanceFor({ brightness: 10, frameWidth: 640, faces: null })).toBe('guideDark');
  });
});
