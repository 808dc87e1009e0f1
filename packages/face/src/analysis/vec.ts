import type { Point3 } from '../types.ts';

export type Vec3 = [number, number, number];

export const sub = (a: Point3, b: Point3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const norm = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const unit = (a: Vec3): Vec3 => {
  const n = norm(a) || 1;
  return [a[0] / n, a[1] / n, a[2] / n];
};
export const dist2d = (a: Point3, b: Point3): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
export const mid = (a: Point3, b: Point3): Point3 => [
  (a[0] + b[0]) / 2,
  (a[1] + b[1]) / 2,
  (a[2] + b[2]) / 2,
];
export const deg = (rad: number): number => (rad * 180) / Math.PI;

export function at(mesh: readonly Point3[], i: number): Point3 {
  const p = mesh[i];
  if (!p) throw new Error(`mesh has no point ${i}`);
  return p;
}
