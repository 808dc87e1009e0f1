import type { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from './worker-pool.ts';

const grey = async () =>
  new Uint8Array(
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#777' } })
      .jpeg()
      .toBuffer(),
  );

// Real threads with the real models: a thread that dies must cost one task, not the pool.
describe('worker pool', () => {
  it('fails only the task of a thread that dies, and starts another in its place', async () => {
    const spawned: Worker[] = [];
    const pool = await createWorkerPool({ model: 'dlib' }, 1, {
      onSpawn: (w) => spawned.push(w),
    });
    try {
      const image = await grey();
      expect((await pool.run({ kind: 'analyze', image })).faces).toEqual([]);
      const running = pool.run({ kind: 'analyze', image });
      await spawned[0]!.terminate();
      await expect(running).rejects.toThrow('face worker exited');
      // Sent while the replacement loads its models: it waits for it rather than failing.
      const next = await pool.run({ kind: 'analyze', image });
      expect(next.faces).toEqual([]);
      expect(next.width).toBe(64);
      expect(spawned).toHaveLength(2);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('does not leave a replacement running when closed while it starts', async () => {
    const spawned: Worker[] = [];
    const pool = await createWorkerPool({ model: 'dlib' }, 1, {
      onSpawn: (w) => spawned.push(w),
    });
    await spawned[0]!.terminate();
    await pool.close();
    await expect(pool.run({ kind: 'analyze', image: await grey() })).rejects.toThrow(
      'face engine is closed',
    );
    // close() waited for the replacement that was loading, and stopped it.
    expect(spawned).toHaveLength(2);
    expect(spawned.map((w) => w.threadId)).toEqual([-1, -1]);
  }, 120_000);
});
