import type { Box } from '../types.ts';

const area = (b: Box): number => Math.max(0, b.width) * Math.max(0, b.height);

function intersection(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A face mostly inside a larger one is the detector seeing the same face twice, not a second person. */
export const NESTED_OVERLAP = 0.5;

/** Largest first; drops every face whose box lies mostly inside a larger kept face's box. */
export function removeNested<T extends { box: Box }>(faces: readonly T[]): T[] {
  const sorted = [...faces].sort((a, b) => area(b.box) - area(a.box));
  const kept: T[] = [];
  for (const f of sorted) {
    const a = area(f.box);
    const nested = kept.some((k) => a === 0 || intersection(k.box, f.box) / a > NESTED_OVERLAP);
    if (!nested) kept.push(f);
  }
  return kept;
}
