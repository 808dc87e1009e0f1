import type { Command } from 'commander';
import { migrate } from '@lifecert/db';
import { openDatabase } from '../context.ts';

export function registerMigrate(program: Command) {
  program
    .command('migrate')
    .description(
      'Apply pending SQL migrations to DATABASE_URL, else the embedded database in ./data',
    )
    .action(async () => {
      const db = await openDatabase(undefined, { migrate: false });
      try {
        const applied = await migrate(db.db);
        process.stdout.write(
          applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n',
        );
      } finally {
        await db.close();
      }
    });
}
