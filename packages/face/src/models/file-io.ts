// tfjs-core loads models through fetch, and Node's fetch has no file:// scheme; this router reads the
// model JSON and its weight shards from disk so nothing is ever fetched over the network.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as tfType from '@tensorflow/tfjs-core';

type Tf = typeof tfType;

type ModelJson = {
  modelTopology?: unknown;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  signature?: unknown;
  userDefinedMetadata?: Record<string, object>;
  modelInitializer?: unknown;
  weightsManifest: { paths: string[]; weights: tfType.io.WeightsManifestEntry[] }[];
};

/** Reads a tfjs weights manifest (a graph model.json or a bare manifest array) from disk. */
export function readModelArtifacts(jsonPath: string): tfType.io.ModelArtifacts {
  const parsed = JSON.parse(readFileSync(jsonPath, 'utf8')) as
    ModelJson | ModelJson['weightsManifest'];
  const json: ModelJson = Array.isArray(parsed) ? { weightsManifest: parsed } : parsed;
  const dir = dirname(jsonPath);
  const weightSpecs: tfType.io.WeightsManifestEntry[] = [];
  const buffers: Buffer[] = [];
  for (const group of json.weightsManifest) {
    weightSpecs.push(...group.weights);
    for (const p of group.paths) buffers.push(readFileSync(join(dir, p)));
  }
  const all = Buffer.concat(buffers);
  const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
  return {
    modelTopology: json.modelTopology as tfType.io.ModelArtifacts['modelTopology'],
    format: json.format,
    generatedBy: json.generatedBy,
    convertedBy: json.convertedBy ?? undefined,
    signature: json.signature as tfType.io.ModelArtifacts['signature'],
    userDefinedMetadata: json.userDefinedMetadata,
    modelInitializer: json.modelInitializer as tfType.io.ModelArtifacts['modelInitializer'],
    weightSpecs,
    weightData,
  };
}

const registered = new WeakSet<object>();

/** Lets `loadGraphModel('file:///...')` work on a tfjs instance without tfjs-node. */
export function registerFileRouter(tf: Tf): void {
  if (registered.has(tf.io)) return;
  registered.add(tf.io);
  const router = (url: string | string[]): tfType.io.IOHandler | null => {
    const u = Array.isArray(url) ? url[0] : url;
    if (typeof u !== 'string' || !u.startsWith('file://')) return null;
    return { load: () => Promise.resolve(readModelArtifacts(fileURLToPath(u))) };
  };
  // tfjs declares routers as never returning null, yet null is how a router declines a URL.
  tf.io.registerLoadRouter(router as Parameters<Tf['io']['registerLoadRouter']>[0]);
}
