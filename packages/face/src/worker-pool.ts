// A fixed set of inference threads fed from one queue, so the event loop never runs a model.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Ready, Request, Response, Task, TaskResult, WorkerInit } from './worker-protocol.ts';

type Job = {
  task: Task;
  resolve: (r: TaskResult[Task['kind']]) => void;
  reject: (e: Error) => void;
};

type Slot = { worker: Worker; busy: Job | null };

export type WorkerPool = {
  modelName: string;
  run<K extends Task['kind']>(task: Extract<Task, { kind: K }>): Promise<TaskResult[K]>;
  close(): Promise<void>;
};

/**
 * Workers are TypeScript. Node 20 does not apply `--import tsx` from a worker's execArgv to the
 * worker's entry module, so a tiny bootstrap registers tsx's loader in the thread, then imports it.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ register }) => { register(); return import(workerData.entry); });
`;

/** tsx's ESM register API, found from this package rather than from the process's cwd. */
function tsxEsmApi(): string {
  // `require` resolves the CommonJS build; the ESM build sits beside it.
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const mjs = cjs.replace(/\.cjs$/, '.mjs');
  return existsSync(mjs) ? mjs : cjs;
}

function spawn(init: WorkerInit): Promise<{ worker: Worker; modelName: string }> {
  const entry = new URL('./worker.ts', import.meta.url).href;
  const tsx = pathToFileURL(tsxEsmApi()).href;
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { ...init, entry, tsx } });
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    // A thread that ends before it says it is ready would otherwise leave this waiting for good.
    const onExit = (code: number) =>
      reject(new Error(`face worker exited with code ${code} while starting`));
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.once('message', (msg: Ready) => {
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (msg.ready) resolve({ worker, modelName: msg.modelName });
      else {
        void worker.terminate();
        reject(new Error(`face worker failed to start: ${msg.error}`));
      }
    });
  });
}

/**
 * The task with its (small, compressed) images copied into buffers of their own, and those buffers
 * to transfer: the caller keeps its bytes usable, and no second copy is made on the way.
 */
const ownCopy = (task: Task): { task: Task; transfer: ArrayBuffer[] } => {
  if (task.kind === 'analyzeSequence') {
    const images = task.images.map((i) => i.slice());
    return { task: { ...task, images }, transfer: images.map((i) => i.buffer) };
  }
  const image = task.image.slice();
  return { task: { ...task, image }, transfer: [image.buffer] };
};

export type PoolHooks = {
  /** called with every thread the pool starts, the first ones and replacements (supervision, tests) */
  onSpawn?: (worker: Worker) => void;
};

export async function createWorkerPool(
  init: WorkerInit,
  threads?: number,
  hooks: PoolHooks = {},
): Promise<WorkerPool> {
  const size = Math.max(1, threads ?? availableParallelism());
  const started = await Promise.allSettled(Array.from({ length: size }, () => spawn(init)));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    for (const s of started) if (s.status === 'fulfilled') await s.value.worker.terminate();
    throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
  }
  const workers = started.map(
    (s) => (s as PromiseFulfilledResult<{ worker: Worker; modelName: string }>).value,
  );
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  /** replacements being started: while one is, waiting tasks wait for it */
  let respawning = 0;
  const replacements = new Set<Promise<void>>();

  const pump = () => {
    for (const slot of slots) {
      if (slot.busy) continue;
      const job = queue.shift();
      if (!job) return;
      slot.busy = job;
      const { task, transfer } = ownCopy(job.task);
      const req: Request = { id: nextId++, task };
      slot.worker.postMessage(req, transfer);
    }
  };

  const failWaiting = () => {
    if (slots.length === 0 && respawning === 0) {
      for (const job of queue.splice(0)) job.reject(new Error('no face worker left'));
    }
  };

  // A thread that dies (out of memory, a crash in native code) fails only the task it was running;
  // a new thread takes its place, so a long-running server does not lose its cores one by one.
  const respawn = () => {
    respawning++;
    const starting = spawn(init).then(
      ({ worker }) => {
        respawning--;
        hooks.onSpawn?.(worker);
        if (closed) return worker.terminate().then(() => undefined);
        attach(worker);
        pump();
      },
      () => {
        respawning--;
        failWaiting();
      },
    );
    replacements.add(starting);
    void starting.finally(() => replacements.delete(starting));
  };

  const attach = (worker: Worker) => {
    const slot: Slot = { worker, busy: null };
    slots.push(slot);
    worker.on('message', (msg: Response) => {
      const job = slot.busy;
      slot.busy = null;
      if (job) {
        if (msg.ok) job.resolve(msg.result);
        else job.reject(new Error(msg.error));
      }
      pump();
    });
    worker.on('error', (err) => {
      slot.busy?.reject(err);
      slot.busy = null;
    });
    worker.on('exit', () => {
      slot.busy?.reject(new Error('face worker exited'));
      slot.busy = null;
      slots.splice(slots.indexOf(slot), 1);
      if (!closed) respawn();
      failWaiting();
    });
  };
  for (const { worker } of workers) {
    hooks.onSpawn?.(worker);
    attach(worker);
  }

  return {
    modelName: workers[0]!.modelName,
    run<K extends Task['kind']>(task: Extract<Task, { kind: K }>): Promise<TaskResult[K]> {
      if (closed) return Promise.reject(new Error('face engine is closed'));
      if (slots.length === 0 && respawning === 0)
        return Promise.reject(new Error('no face worker left'));
      return new Promise<TaskResult[K]>((resolve, reject) => {
        queue.push({ task, resolve: resolve as Job['resolve'], reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('face engine is closed'));
      await Promise.all([...slots].map((s) => s.worker.terminate()));
      // A replacement still loading its models is stopped as soon as it is up.
      await Promise.all([...replacements]);
    },
  };
}
