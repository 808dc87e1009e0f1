import type { Command } from 'commander';
import { verifyAuditChain } from '@lifecert/db';
import { withDatabase } from '../context.ts';

export function registerAudit(program: Command) {
  const audit = program.command('audit').description('Audit log tools');
  audit
    .command('verify')
    .description(
      'Recompute the hash chain of the whole audit log; exits 1 at the first row that does not match',
    )
    .option(
      '--head <hash>',
      'expected hash of the newest entry, kept elsewhere, to detect truncation',
    )
    .action(async (opts: { head?: string }) => {
      const result = await withDatabase(({ db }) => verifyAuditChain(db));
      process.stdout.write(`${JSON.stringify(result)}\n`);
      if (!result.ok) {
        process.stderr.write(
          `audit chain broken at entry ${result.firstBadSeq} (${result.reason}) after ${result.checked} good entries\n`,
        );
        process.exitCode = 1;
      } else if (opts.head && opts.head !== result.headHash) {
        process.stderr.write(
          'audit chain is intact but its newest entry is not the expected one\n',
        );
        process.exitCode = 1;
      }
    });
}
