import type { Command } from 'commander';
import { createFaceEngine, evaluate, readManifest } from '@lifecert/face';
import { finiteNumber, positiveInt } from './number-options.ts';

type Opts = {
  manifest: string;
  model: 'dlib' | 'onnx';
  onnxModel?: string;
  onnxTemplateScale?: number;
  threads?: number;
  threshold?: number;
};

/** `lifecert face eval --manifest FILE.csv`: verification accuracy of the configured model, as JSON. */
export function registerFaceEval(face: Command) {
  face
    .command('eval')
    .description(
      'Embed every image of a path,identity manifest and report FNMR at fixed FMRs, EER and the product threshold',
    )
    .requiredOption(
      '--manifest <file>',
      'CSV with header path,identity; paths relative to the file',
    )
    .option('--model <name>', 'dlib (default) or onnx', 'dlib')
    .option('--onnx-model <path>', 'ONNX embedding model file, with --model onnx')
    .option(
      '--onnx-template-scale <x>',
      "the ArcFace template's scale in the ONNX model's chip (default 0.85)",
      finiteNumber,
    )
    .option('--threads <n>', 'inference threads (default: all cores)', positiveInt)
    .option(
      '--threshold <x>',
      "cosine threshold to report at (default: the model's product threshold)",
      finiteNumber,
    )
    .action(async (opts: Opts) => {
      if (opts.model !== 'dlib' && opts.model !== 'onnx')
        throw new Error('--model must be dlib or onnx');
      const entries = await readManifest(opts.manifest);
      const engine = await createFaceEngine({
        model: opts.model,
        onnxModelPath: opts.onnxModel,
        onnxTemplateScale: opts.onnxTemplateScale,
        threads: opts.threads,
        threshold: opts.threshold,
      });
      try {
        const run = await evaluate(entries, engine, (done, total) => {
          if (done % 200 === 0 || done === total)
            process.stderr.write(`embedded ${done}/${total}\r`);
        });
        const { report, msPerImage, thresholdsAtFmr, unreadable } = run;
        if (unreadable.length > 0)
          process.stderr.write(
            `\n${unreadable.length} file(s) are not readable images and count as failed to embed: ` +
              `${unreadable.join(', ')}`,
          );
        process.stderr.write(
          `\n${engine.modelName}: ${msPerImage.toFixed(1)} ms per image (wall, all threads); ` +
            `thresholds at FMR ${JSON.stringify(thresholdsAtFmr)}\n`,
        );
        process.stdout.write(JSON.stringify(report) + '\n');
      } finally {
        await engine.close();
      }
    });
}
