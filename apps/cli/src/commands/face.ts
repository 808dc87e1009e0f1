import type { Command } from 'commander';

/** `lifecert face eval|verify|synth`: the same code the server runs, from the command line. */
export async function registerFace(program: Command) {
  const face = program
    .command('face')
    .description('Face engine: evaluate, verify a recording, synthesise test recordings');
  const [evalCmd, verifyCmd, synthCmd] = await Promise.all([
    import('./face-eval.ts'),
    import('./face-verify.ts'),
    import('./face-synth.ts'),
  ]);
  evalCmd.registerFaceEval(face);
  verifyCmd.registerFaceVerify(face);
  synthCmd.registerFaceSynth(face);
}
