import type { Command } from 'commander';
import { loadProfile } from '@lifecert/config';
import { deriveNoticeSecret, systemClock } from '@lifecert/core';
import { startFaceServices, startServer } from '@lifecert/server';
import { loadConfig, openDatabase } from '../context.ts';
import { seedDemo, type DemoLogins } from '../demo/seed-demo.ts';
import { selfSignedCertificate } from '../tls/self-signed.ts';
import type { JobRunner } from '@lifecert/jobs';
import { startServeJobs } from './lifecycle/serve-jobs.ts';

function banner(address: string, logins: DemoLogins | null): string {
  const lines = [
    '',
    `lifecert is running at ${address}`,
    `  pensioner app   ${address}/`,
    `  staff console   ${address}/staff/`,
    `  API docs        ${address}/docs`,
    `  health          ${address}/health`,
  ];
  if (logins) {
    lines.push('', 'Demo logins (demo data only, made-up people):');
    for (const l of logins) lines.push(`  ${l.what.padEnd(28)} ${l.username} / ${l.password}`);
  }
  return `${lines.join('\n')}\n\n`;
}

export function registerServe(program: Command) {
  program
    .command('serve')
    .description(
      'Run the server (migrations applied first) on DATABASE_URL or the embedded database',
    )
    .option('--demo', 'load the jurisdiction profile and demo data into an empty database')
    .action(async (opts: { demo?: boolean }) => {
      const config = loadConfig();
      const profile = await loadProfile(config.profilePath);
      const db = await openDatabase(config);
      const logins = opts.demo ? await seedDemo(db.db, profile, systemClock) : null;
      const https = config.https ? await selfSignedCertificate(config.dataDir) : undefined;
      // Models load in worker threads while the server starts; attempts wait for them.
      const { face, photos } = await startFaceServices({
        threads: config.face.threads,
        model: config.face.model,
        ...(config.face.onnxModelPath ? { onnxModelPath: config.face.onnxModelPath } : {}),
        ...(config.face.threshold === null ? {} : { threshold: config.face.threshold }),
        ...(config.face.onnxTemplateScale === null
          ? {}
          : { onnxTemplateScale: config.face.onnxTemplateScale }),
      });
      let jobs: JobRunner | null = null;
      let logInfo = (_msg: string) => {};
      const { app, address } = await startServer(
        {
          db: db.db,
          dbKind: db.kind,
          profile,
          clock: systemClock,
          settings: {
            rateLimitPerMinute: 600,
            noticeSecret: deriveNoticeSecret(config.sessionSecret),
          },
          face,
          photos,
          selfService: { nodeEnv: config.nodeEnv, testPinChallenge: config.testPinChallenge },
        },
        {
          host: config.host,
          port: config.port,
          logLevel: config.logLevel,
          ...(https ? { https } : {}),
          onClose: async () => {
            // The running job ends at its next safe point; nothing is claimed after this.
            if (jobs) {
              await jobs.stop();
              logInfo('job runner stopped');
            }
            await face.close();
            await db.close();
          },
        },
      );
      logInfo = (msg) => app.log.info(msg);
      jobs = startServeJobs({
        config,
        db: db.db,
        clock: systemClock,
        coveredSchemes: profile.campaign.coveredSchemes,
        // Kinds, ids and error codes only: handlers never put personal data in errors.
        onEvent: (e) =>
          e.type === 'done'
            ? app.log.debug({ job: e }, 'job done')
            : app.log.warn({ job: e }, `job ${e.type}`),
      });
      app.log.info(
        jobs ? { sms: config.sms.provider } : {},
        jobs ? 'job runner started' : 'job runner off (JOBS=off)',
      );
      process.stdout.write(banner(address, logins));
    });
}
