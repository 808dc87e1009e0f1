// One inference thread: loads the models once, then answers tasks one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { createTaskRunner } from './worker-tasks.ts';
import type { Ready, Request, Response, WorkerInit } from './worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');

try {
  const runner = await createTaskRunner(workerData as WorkerInit);
  port.postMessage({ ready: true, modelName: runner.modelName } satisfies Ready);
  port.on('message', (req: Request) => {
    runner.run(req.task).then(
      (result) => {
        // Hand embedding vectors over instead of copying them.
        const embedding = result && 'embedding' in result ? result.embedding : result;
        const transfer =
          embedding && 'vector' in embedding ? [embedding.vector.buffer as ArrayBuffer] : [];
        port.postMessage({ id: req.id, ok: true, result } satisfies Response, transfer);
      },
      (err: unknown) => {
        const error = err instanceof Error ? err.message : String(err);
        port.postMessage({ id: req.id, ok: false, error } satisfies Response);
      },
    );
  });
} catch (err) {
  port.postMessage({
    ready: false,
    error: err instanceof Error ? err.message : String(err),
  } satisfies Ready);
}
