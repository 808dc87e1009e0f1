// Latency of one inference thread (one core): what a frame costs, whatever the pool size.
import { DETECT_EVERY } from '../engine.ts';
import { decodeImage } from '../image/decode-image.ts';
import { createTaskRunner } from '../worker-tasks.ts';
import type { WorkerInit } from '../worker-protocol.ts';

export type Percentiles = { p50: number; p95: number; n: number };
export type BenchResult = {
  model: string;
  /** decode + detection + mesh + iris + geometry + quality, per frame (wall clock) */
  analyzeMs: Percentiles;
  /** the same in CPU time of the process: comparable across machines busy with other work */
  analyzeCpuMs: Percentiles;
  /** alignment + embedding of an already analysed face (wall clock, decode excluded) */
  embedMs: Percentiles;
  embedCpuMs: Percentiles;
  /**
   * Per frame of a run of consecutive recording frames as an attempt analyses them (the face
   * tracked, one full detection in DETECT_EVERY): the run's time over its frames; present when
   * runs were given.
   */
  sequenceFrameMs?: Percentiles;
  sequenceFrameCpuMs?: Percentiles;
};

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function percentiles(samples: readonly number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), n: s.length };
}

export async function benchFaceEngine(
  frames: readonly Uint8Array[],
  opts: {
    rounds?: number;
    warmup?: number;
    /** runs of consecutive frames of recordings, e.g. an attempt's sampled frames in eights */
    sequences?: readonly Uint8Array[][];
  } & Partial<WorkerInit> = {},
): Promise<BenchResult> {
  const runner = await createTaskRunner(
    opts.model === 'onnx'
      ? { model: 'onnx', onnxModelPath: opts.onnxModelPath }
      : { model: 'dlib' },
  );
  try {
    const analyze: number[] = [];
    const embed: number[] = [];
    const analyzeCpu: number[] = [];
    const embedCpu: number[] = [];
    const rounds = opts.rounds ?? 10;
    for (let r = -(opts.warmup ?? 2); r < rounds; r++) {
      for (const image of frames) {
        const [t0, c0] = [performance.now(), cpuMs()];
        const a = await runner.run({ kind: 'analyze', image });
        const [t1, c1] = [performance.now(), cpuMs()];
        const face = a.faces[0];
        if (!face) continue;
        await runner.run({ kind: 'embed', image, face });
        const [t2, c2] = [performance.now(), cpuMs()];
        // The embed task decodes the frame again; count the model's share only.
        await decodeImage(image);
        const [t3, c3] = [performance.now(), cpuMs()];
        if (r < 0) continue;
        analyze.push(t1 - t0);
        analyzeCpu.push(c1 - c0);
        embed.push(t2 - t1 - (t3 - t2));
        embedCpu.push(c2 - c1 - (c3 - c2));
      }
    }
    const seq: number[] = [];
    const seqCpu: number[] = [];
    for (let r = -(opts.warmup ?? 2); r < rounds && opts.sequences; r++) {
      for (const images of opts.sequences) {
        const [t0, c0] = [performance.now(), cpuMs()];
        await runner.run({ kind: 'analyzeSequence', images, detectEvery: DETECT_EVERY });
        if (r < 0) continue;
        seq.push((performance.now() - t0) / images.length);
        seqCpu.push((cpuMs() - c0) / images.length);
      }
    }
    return {
      ...(opts.sequences
        ? { sequenceFrameMs: percentiles(seq), sequenceFrameCpuMs: percentiles(seqCpu) }
        : {}),
      model: runner.modelName,
      analyzeMs: percentiles(analyze),
      analyzeCpuMs: percentiles(analyzeCpu),
      embedMs: percentiles(embed),
      embedCpuMs: percentiles(embedCpu),
    };
  } finally {
    runner.dispose();
  }
}
