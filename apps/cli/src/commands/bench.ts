import os from 'node:os';
import type { Command } from 'commander';
import { loadProfile } from '@lifecert/config';
import { loadConfig } from '../context.ts';
import { dbBench, type DbBenchResult } from '../bench/db-bench.ts';

type BenchOptions = {
  rows: string;
  engines: string;
  only?: string;
  postgres: string;
  closeoutRows: string;
};

const machine = () =>
  `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

export function registerBench(program: Command) {
  program
    .command('bench')
    .description('Measure import, campaign status and face engine speed; prints JSON figures')
    .option('--rows <n>', 'synthetic pensioners to import', '1000000')
    .option('--engines <list>', 'databases to measure', 'postgres,pglite')
    .option('--only <part>', 'db, closeout or face')
    .option('--closeout-rows <n>', 'pensioners in the close-out bench (PostgreSQL)', '1000000')
    .option(
      '--postgres <url>',
      'PostgreSQL server for the fresh bench database',
      'postgres://postgres@127.0.0.1:5432/postgres',
    )
    .action(async (opts: BenchOptions) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const profile = await loadProfile(loadConfig().profilePath);
      const report: { machine: string; db: DbBenchResult[]; closeout?: unknown; face?: unknown } = {
        machine: machine(),
        db: [],
      };
      if (opts.only === undefined || opts.only === 'db') {
        for (const engine of opts.engines.split(',').map((e) => e.trim())) {
          if (engine !== 'postgres' && engine !== 'pglite')
            throw new Error(`unknown engine ${engine}`);
          const result = await dbBench(engine, Number(opts.rows), profile, opts.postgres, log);
          log(JSON.stringify(result));
          report.db.push(result);
        }
      }
      if (opts.only === undefined || opts.only === 'closeout') {
        const { closeoutBench } = await import('@lifecert/jobs');
        const { createTestDb } = await import('@lifecert/db');
        const testDb = await createTestDb({ env: { TEST_DATABASE_URL: opts.postgres } });
        try {
          report.closeout = await closeoutBench(testDb.db, Number(opts.closeoutRows), { log });
        } finally {
          await testDb.close();
        }
      }
      if (opts.only === undefined || opts.only === 'face') {
        const { faceBench } = await import('../bench/face-bench.ts');
        report.face = await faceBench(log);
      }
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    });
}
