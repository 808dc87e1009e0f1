import { Command } from 'commander';
import { registerAudit } from './commands/audit.ts';
import { registerCampaign } from './commands/campaign.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerServe } from './commands/serve.ts';

const program = new Command('lifecert')
  .description('Pension entitlement certification: server, registry and campaign tools')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });

registerServe(program);
registerMigrate(program);
registerCampaign(program);
registerAudit(program);

// Heavy command groups load only when named, so `lifecert migrate` does not pay for the face models.
const lazy: Record<string, () => Promise<(p: Command) => void | Promise<void>>> = {
  import: async () => (await import('./commands/import.ts')).registerImport,
  export: async () => (await import('./commands/export.ts')).registerExport,
  face: async () => (await import('./commands/face.ts')).registerFace,
  bench: async () => (await import('./commands/bench.ts')).registerBench,
  closeout: async () => (await import('./commands/lifecycle/closeout.ts')).registerCloseout,
  deaths: async () => (await import('./commands/lifecycle/deaths.ts')).registerDeaths,
  reminders: async () => (await import('./commands/lifecycle/reminders.ts')).registerReminders,
  jobs: async () => (await import('./commands/lifecycle/jobs.ts')).registerJobs,
};
const wanted = process.argv[2];
for (const [name, load] of Object.entries(lazy)) {
  if (wanted === name) await (await load())(program);
  else program.command(name).description(`${name} commands (run "lifecert ${name} --help")`);
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
