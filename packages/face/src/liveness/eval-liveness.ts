// Evaluation of the whole attempt decision on generated recordings: genuine attempts of N people
// and every attack kind the generator knows. Not part of `npm test` (several minutes); run with
//   npx tsx packages/face/src/liveness/eval-liveness.ts [--people 30] [--kinds genuine,photo,...]
//     [--onnx-model FILE] [--single-photo]
// Prints one JSON object: per kind the accepted share and the reasons that fired, and the time
// per attempt. Uses LFW people with two photos or more: one photo drives the generated head,
// another is the reference, as an agency's enrolment photo would be. With --single-photo it uses
// the people with only one photo instead, whose photo is then also the reference: the match no
// longer tests two photos of a person, only that rendering kept the identity, so the run measures
// the liveness checks on people never used for designing them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { synthesiseRecording, type AttackKind } from '@lifecert/synth';
import { createFaceEngine } from '../engine.ts';
import type { Action } from '../types.ts';
import { ACTIONS } from '../types.ts';
import { verifyAttempt } from '../verify-attempt.ts';
import { rng } from './fake-face.ts';
import { quantile } from './stats.ts';
import { lfwPeople } from '../eval/lfw-manifest.ts';
import { wilsonInterval } from '../eval/metrics.ts';

type Kind = 'genuine' | AttackKind;
const ALL_KINDS: Kind[] = ['genuine', 'photo', 'swap', 'order', 'dark', 'still'];

const lfw = path.resolve(import.meta.dirname, '../../../../../shared/data/faces/lfw-dev');

/** LFW crops are tight: the detector needs the context a selfie has around the face. */
async function padded(file: string): Promise<Uint8Array> {
  const img = sharp(readFileSync(file));
  const { width = 350, height = 350 } = await img.metadata();
  const x = Math.round(width * 0.5);
  const y = Math.round(height * 0.5);
  return new Uint8Array(
    await img
      .extend({ left: x, right: x, top: y, bottom: y, background: { r: 128, g: 128, b: 128 } })
      .jpeg({ quality: 92 })
      .toBuffer(),
  );
}

/**
 * People with at least two photos (or exactly one), in a fixed shuffled order so runs can be split
 * by offset.
 */
async function pickPeople(singlePhoto: boolean): Promise<{ name: string; photos: string[] }[]> {
  const r = rng(2026);
  return (await lfwPeople(lfw))
    .filter(({ photos }) => (singlePhoto ? photos.length === 1 : photos.length >= 2))
    .map(({ identity, photos }) => ({ name: identity, photos, key: r() }))
    .sort((a, b) => a.key - b.key);
}

function challengeFor(seed: number): Action[] {
  const r = rng(seed);
  const pool = [...ACTIONS];
  return Array.from({ length: 3 }, () => pool.splice(Math.floor(r() * pool.length), 1)[0]!);
}

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '30' },
    /** skip this many candidates, to split a run over several processes */
    from: { type: 'string', default: '0' },
    kinds: { type: 'string', default: ALL_KINDS.join(',') },
    threads: { type: 'string' },
    /** an ONNX embedding model instead of the default (docs/models.md, "Plugging in another model") */
    'onnx-model': { type: 'string' },
    'single-photo': { type: 'boolean', default: false },
  },
});
const wanted = Number(values.people);
const singlePhoto = values['single-photo'];
const kinds = values.kinds.split(',') as Kind[];
const engine = await createFaceEngine({
  ...(values.threads ? { threads: Number(values.threads) } : {}),
  ...(values['onnx-model'] ? { model: 'onnx', onnxModelPath: values['onnx-model'] } : {}),
});
const results: Record<string, { n: number; accepted: number; reasons: Record<string, number> }> =
  {};
const ms: number[] = [];
const cpuMs: number[] = [];
const skipped: string[] = [];
let done = 0;
let livenessRejected = 0;
try {
  const candidates = await pickPeople(singlePhoto);
  for (let p = Number(values.from); p < candidates.length && done < wanted; p++) {
    const person = candidates[p]!;
    const other = candidates[(p + 1) % candidates.length]!;
    const [photo, twoPhotoReference, swapPhoto] = await Promise.all([
      padded(person.photos[0]!),
      singlePhoto ? null : padded(person.photos[1]!),
      padded(other.photos[0]!),
    ]);
    const reference = twoPhotoReference ?? photo;
    const challenge = challengeFor(p + 1);
    // The reference is embedded once for all of this person's attempts, as the server stores it.
    // The photo that drives the generator against the reference, scored directly: when a genuine
    // attempt fails on `no_match`, this tells a hard photo pair from identity lost in rendering.
    // With --single-photo the driving photo is the reference: embedded once.
    const genuineAsked = kinds.includes('genuine');
    const [referenceEmb, photoEmb] = await Promise.all([
      engine.embed(reference),
      genuineAsked && reference !== photo ? engine.embed(photo) : null,
    ]);
    const sourceEmb = !genuineAsked ? null : reference === photo ? referenceEmb : photoEmb;
    const sourceScore =
      sourceEmb && referenceEmb
        ? Math.round(10_000 * engine.similarity(sourceEmb, referenceEmb)) / 10_000
        : null;
    const outcomes: [Kind, Awaited<ReturnType<typeof verifyAttempt>>, number][] = [];
    try {
      for (const kind of kinds) {
        const recording = await synthesiseRecording({
          photo,
          challenge,
          seed: p + 1,
          ...(kind === 'genuine' ? {} : { attack: kind }),
          ...(kind === 'swap' ? { swapPhoto } : {}),
        });
        const cpu = process.cpuUsage();
        const result = await verifyAttempt(engine, {
          reference: referenceEmb ?? reference,
          recording,
        });
        const used = process.cpuUsage(cpu);
        // CPU time of all threads of the process: on a busy shared machine the wall time
        // overstates the cost, CPU time / cores is what an idle server would take.
        outcomes.push([kind, result, Math.round((used.user + used.system) / 1000)]);
      }
    } catch (e) {
      // The generator cannot build a head when the detector misses the face in the photo.
      skipped.push(`${person.name}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    done++;
    for (const [kind, r, cpu] of outcomes) {
      const slot = (results[kind] ??= { n: 0, accepted: 0, reasons: {} });
      slot.n++;
      if (r.decision === 'pass') slot.accepted++;
      else if (kind === 'genuine' && r.reasons.some((x) => x.code !== 'no_match'))
        livenessRejected++;
      for (const code of new Set(r.reasons.map((x) => x.code))) {
        slot.reasons[code] = (slot.reasons[code] ?? 0) + 1;
      }
      ms.push(r.evidence.ms.total);
      cpuMs.push(cpu);
      // One line per attempt (no names, no images), so split runs can be pooled.
      const { parallax, motion, steps, identity } = r.evidence;
      process.stderr.write(
        `${JSON.stringify({ kind, challenge, decision: r.decision, reasons: r.reasons, match: r.match, ...(kind === 'genuine' ? { sourceScore } : {}), parallax, motion, identity: { minPair: identity.minPair, samples: identity.samples }, steps: steps.map((x) => x.ok), ms: r.evidence.ms.total, cpuMs: cpu })}\n`,
      );
    }
    process.stderr.write(`${done}/${wanted} people\n`);
  }
} finally {
  await engine.close();
}
const pct = (x: number) => Math.round(1000 * x) / 10;
/** k of n as a percentage with its 95% interval: 30 attempts leave wide bounds. */
const share = (k: number, n: number) => ({
  pct: pct(k / n),
  ci95: wilsonInterval(k, n).map(pct),
  of: n,
});
const genuine = results.genuine;
process.stdout.write(
  `${JSON.stringify(
    {
      people: done,
      ...(singlePhoto ? { referenceIsDrivingPhoto: true } : {}),
      model: engine.modelName,
      threshold: engine.threshold,
      genuineRejected: genuine ? share(genuine.n - genuine.accepted, genuine.n) : null,
      // Rejections for anything but the face match: what the liveness checks cost on their own.
      genuineRejectedBeyondMatch: genuine ? share(livenessRejected, genuine.n) : null,
      attackAccepted: Object.fromEntries(
        kinds
          .filter((k) => k !== 'genuine' && results[k])
          .map((k) => [k, share(results[k]!.accepted, results[k]!.n)]),
      ),
      reasons: Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.reasons])),
      msPerAttempt: { p50: Math.round(quantile(ms, 0.5)), p95: Math.round(quantile(ms, 0.95)) },
      cpuMsPerAttempt: {
        p50: Math.round(quantile(cpuMs, 0.5)),
        p95: Math.round(quantile(cpuMs, 0.95)),
      },
      skipped,
    },
    null,
    2,
  )}\n`,
);
