// Human's package `exports` map does not resolve its Node/wasm build, so the dist file is required by
// path. Models and the wasm binaries come from the installed packages; nothing is downloaded.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as tfType from '@tensorflow/tfjs-core';
import type { Config, Human } from '@vladmandic/human';
import { registerFileRouter } from './file-io.ts';

const require = createRequire(import.meta.url);

type HumanModule = { Human: new (config: Partial<Config>) => Human };

export function humanDir(): string {
  // `require` resolves to dist/human.node.js without loading it; its folder is the package's dist/.
  return dirname(dirname(require.resolve('@vladmandic/human')));
}

function wasmDir(): string {
  return dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + '/';
}

export function humanConfig(): Partial<Config> {
  return {
    backend: 'wasm',
    wasmPath: wasmDir(),
    modelBasePath: pathToFileURL(join(humanDir(), 'models')).href + '/',
    debug: false,
    async: false,
    warmup: 'none',
    // Caching and frame skipping would return a previous frame's result for a new frame.
    cacheSensitivity: 0,
    filter: { enabled: false },
    gesture: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
    face: {
      enabled: true,
      detector: {
        enabled: true,
        // The mesh model copes with the head roll of a selfie; rotation correction costs ~10 ms a frame.
        rotation: false,
        maxDetected: 5,
        minConfidence: 0.5,
        iouThreshold: 0.1,
        skipFrames: 0,
        skipTime: 0,
      },
      mesh: { enabled: true },
      iris: { enabled: true, skipFrames: 0, skipTime: 0 },
      attention: { enabled: false },
      description: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      gear: { enabled: false },
    },
  };
}

let loading: Promise<Human> | undefined;

/** One Human instance per thread: loading compiles the wasm and the three face models once. */
export function loadHuman(): Promise<Human> {
  loading ??= (async () => {
    const mod = require(join(humanDir(), 'dist', 'human.node-wasm.js')) as HumanModule;
    const human = new mod.Human(humanConfig());
    const tf = human.tf as typeof tfType;
    registerFileRouter(tf);
    // One worker thread is one core; the threaded wasm build would spawn its own threads.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    await human.load();
    await human.init();
    return human;
  })();
  return loading;
}
