import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHuman } from '../models/load-human.ts';
import { DLIB_INPUT, loadDlibResnet, type DlibResnet } from './dlib-resnet.ts';

/** A deterministic 150x150 RGB chip with structure the network responds to. */
const chip = (seed: number) =>
  Uint8Array.from({ length: DLIB_INPUT * DLIB_INPUT * 3 }, (_, i) => {
    const x = (i / 3) % DLIB_INPUT;
    const y = Math.floor(i / 3 / DLIB_INPUT);
    return Math.round(127 + 120 * Math.sin((x * seed) / 17 + (y * (seed + 3)) / 23 + (i % 3)));
  });

describe('dlib ResNet', () => {
  let net: DlibResnet;
  beforeAll(async () => {
    net = loadDlibResnet((await loadHuman()).tf as never);
  });
  afterAll(() => net?.dispose());

  it('gives each chip of a batch the descriptor it gets alone, in order', () => {
    const chips = [chip(1), chip(2), chip(5)];
    const alone = chips.map((c) => net.embed(c));
    const batch = net.embedMany(chips);
    expect(batch).toHaveLength(3);
    for (let k = 0; k < 3; k++) {
      expect(batch[k]).toHaveLength(128);
      batch[k]!.forEach((v, i) => expect(v).toBeCloseTo(alone[k]![i]!, 5));
    }
    // The chips differ, so a batch that mixed them up would not match the lone descriptors.
    const far = alone[0]!.reduce((m, v, i) => Math.max(m, Math.abs(v - alone[1]![i]!)), 0);
    expect(far).toBeGreaterThan(0.01);
  });
});
