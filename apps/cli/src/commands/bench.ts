import os from 'node:os';
import type { Command } from 'commander';
import { loadProfile } from '@lifecert/config';
import { loadConfig } from '../context.ts';
import { dbBench, type DbBenchResult } from '../bench/db-bench.ts';

type BenchOptions = { rows: string; engines: string; only?: string; postgres: string };

const machine = () =>
  `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

export function registerBench(program: Command) {
  program
    .command('bench')
    .description('Measure import, campaign status and face engine speed; prints JSON figures')
    .option('--rows <n>', 'synthetic pensioners to import', '1000000')
    .option('--engines <list>', 'databases to measure', 'postgres,pglite')
    .option('--only <part>', 'db or face')
    .option(
      '--postgres <url>',
      'PostgreSQL server for the fresh bench database',
      'postgres://postgres@127.0.0.1:5432/postgres',
    )
    .action(async (opts: BenchOptions) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const profile = await loadProfile(loadConfig().profilePath);
      const report: { machine: string; db: DbBenchResult[]; face?: unknown } = {
        machine: machine(),
        db: [],
      };
      if (opts.only !== 'face') {
        for (const engine of opts.engines.split(',').map((e) => e.trim())) {
          if (engine !== 'postgres' && engine !== 'pglite')
            throw new Error(`unknown engine ${engine}`);
          const result = await dbBench(engine, Number(opts.rows), profile, opts.postgres, log);
          log(JSON.stringify(result));
          report.db.push(result);
        }
      }
      if (opts.only !== 'db') {
        const { faceBench } = await import('../bench/face-bench.ts');
        report.face = await faceBench(log);
      }
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    });
}
