import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { deepFreeze } from './deep-freeze.ts';
import { DEFAULT_PROFILE_PATH } from './load-profile.ts';

// Every process setting is declared here and nowhere else reads process.env. Defaults that are
// only safe on a developer's machine apply outside production, so a production start with a
// missing secret fails at once instead of running with a well-known value.

/** Same names as the face package's ACTIONS; config must not load the face engine to check them. */
const CHALLENGE_ACTIONS = ['nod', 'shake', 'mouth', 'blink', 'gaze'] as const;
export type ChallengeAction = (typeof CHALLENGE_ACTIONS)[number];

export const DEV_SESSION_SECRET = 'lifecert-development-only-session-secret';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** absent: embedded PGlite under DATA_DIR */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'expected a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().default('./data'),
  PROFILE: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HTTPS: flag.default(false),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** face workers; default one per core, as inference is CPU-bound */
  FACE_THREADS: z.coerce.number().int().min(1).max(64).default(Math.min(availableParallelism(), 8)),
  FACE_MODEL: z.enum(['dlib', 'onnx']).default('dlib'),
  FACE_ONNX_MODEL: z.string().optional(),
  /** cosine match threshold; needed for an ONNX model lifecert has not measured (face eval) */
  FACE_THRESHOLD: z.coerce.number().gt(-1).lt(1).optional(),
  /** the ArcFace template's scale in the chip for an ONNX model (docs/models.md) */
  FACE_ONNX_TEMPLATE_SCALE: z.coerce.number().min(0.5).max(1.2).optional(),
  /** comma-separated actions that replace the random liveness challenge, for end-to-end tests */
  TEST_PIN_CHALLENGE: z
    .string()
    .transform((s) => s.split(',').map((a) => a.trim()))
    .pipe(z.array(z.enum(CHALLENGE_ACTIONS)).min(1))
    .optional(),
  /** the background job runner inside `serve` (reminders, SMS, resumptions, retention) */
  JOBS: z
    .enum(['on', 'off', 'true', 'false', '1', '0', 'yes', 'no'])
    .default('on')
    .transform((v) => v === 'on' || v === 'true' || v === '1' || v === 'yes'),
  /** absent: console outside production; required in production while jobs run */
  SMS_PROVIDER: z.enum(['http', 'file', 'console']).optional(),
  SMS_URL: z
    .string()
    .url('expected an http(s) URL')
    .regex(/^https?:\/\//, 'expected an http(s) URL')
    .optional(),
  SMS_API_KEY: z.string().min(8, 'must be at least 8 characters').optional(),
  /** file provider: JSON lines, numbers masked; default DATA_DIR/sms-outbox.jsonl */
  SMS_FILE: z.string().optional(),
  /** messages per second the provider allows */
  SMS_RATE: z.coerce.number().positive().max(1000).default(20),
  RETENTION_CERTIFICATION_PHOTO_DAYS: z.coerce.number().int().min(1).default(400),
  RETENTION_ATTEMPT_DAYS: z.coerce.number().int().min(1).default(400),
  RETENTION_CHALLENGE_HOURS: z.coerce.number().int().min(1).default(24),
  RETENTION_LOGIN_FAILURE_HOURS: z.coerce.number().int().min(1).default(24),
  RETENTION_JOB_DAYS: z.coerce.number().int().min(1).default(30),
  RETENTION_PAPER_SCAN_DAYS: z.coerce.number().int().min(1).default(400),
  RETENTION_REPLACED_PHOTO_DAYS: z.coerce.number().int().min(1).default(400),
});

export type SmsSettings = Readonly<
  | { provider: 'console'; ratePerSecond: number }
  | { provider: 'file'; path: string; ratePerSecond: number }
  | { provider: 'http'; url: string; apiKey: string; ratePerSecond: number }
>;

/** How long personal data is kept before the retention job deletes it (docs/data-protection.md). */
export type RetentionSettings = Readonly<{
  certificationPhotoDays: number;
  attemptDays: number;
  challengeHours: number;
  loginFailureHours: number;
  finishedJobDays: number;
  paperScanDays: number;
  replacedPhotoDays: number;
}>;

export type Config = Readonly<{
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  database: Readonly<{ kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string }>;
  dataDir: string;
  profilePath: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  https: boolean;
  sessionSecret: string;
  face: Readonly<{
    threads: number;
    model: 'dlib' | 'onnx';
    onnxModelPath: string | null;
    /** null: the model's measured product threshold */
    threshold: number | null;
    /** null: the adapter's default */
    onnxTemplateScale: number | null;
  }>;
  testPinChallenge: readonly ChallengeAction[] | null;
  jobs: Readonly<{ enabled: boolean }>;
  sms: SmsSettings;
  retention: RetentionSettings;
}>;

export type ConfigIssue = { variable: string; message: string };

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly issues: readonly ConfigIssue[]) {
    // Names and rules only: values may be secrets.
    super(
      `invalid configuration:\n${issues.map((i) => `  - ${i.variable}: ${i.message}`).join('\n')}`,
    );
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

/** Parses settings from an environment object (process.env in production); throws ConfigError. */
export const parseConfig = (env: Env): Config => {
  // An empty value (FOO= in a .env file) means "not set", not "set to nothing".
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? '?'), message: i.message })),
    );
  }
  const e = parsed.data;
  const issues: ConfigIssue[] = [];
  const production = e.NODE_ENV === 'production';
  if (production && e.SESSION_SECRET === undefined) {
    issues.push({ variable: 'SESSION_SECRET', message: 'required in production' });
  }
  if (production && e.SESSION_SECRET === DEV_SESSION_SECRET) {
    issues.push({ variable: 'SESSION_SECRET', message: 'the development default is not allowed' });
  }
  if (e.FACE_MODEL === 'onnx' && e.FACE_ONNX_MODEL === undefined) {
    issues.push({ variable: 'FACE_ONNX_MODEL', message: 'required when FACE_MODEL=onnx' });
  }
  if (e.TEST_PIN_CHALLENGE !== undefined && e.NODE_ENV !== 'test') {
    issues.push({ variable: 'TEST_PIN_CHALLENGE', message: 'accepted only when NODE_ENV=test' });
  }
  const smsProvider = e.SMS_PROVIDER ?? (production ? undefined : 'console');
  if (smsProvider === undefined && e.JOBS) {
    // A production server that only printed its notices would tell nobody, silently.
    issues.push({ variable: 'SMS_PROVIDER', message: 'required in production (or JOBS=off)' });
  }
  if (smsProvider === 'http') {
    if (e.SMS_URL === undefined) {
      issues.push({ variable: 'SMS_URL', message: 'required when SMS_PROVIDER=http' });
    }
    if (e.SMS_API_KEY === undefined) {
      issues.push({ variable: 'SMS_API_KEY', message: 'required when SMS_PROVIDER=http' });
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  const sms: SmsSettings =
    smsProvider === 'http'
      ? { provider: 'http', url: e.SMS_URL!, apiKey: e.SMS_API_KEY!, ratePerSecond: e.SMS_RATE }
      : smsProvider === 'file'
        ? {
            provider: 'file',
            path: e.SMS_FILE ?? join(e.DATA_DIR, 'sms-outbox.jsonl'),
            ratePerSecond: e.SMS_RATE,
          }
        : { provider: 'console', ratePerSecond: e.SMS_RATE };

  return deepFreeze({
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database:
      e.DATABASE_URL === undefined
        ? { kind: 'pglite', dataDir: join(e.DATA_DIR, 'pglite') }
        : { kind: 'postgres', url: e.DATABASE_URL },
    dataDir: e.DATA_DIR,
    profilePath: e.PROFILE ?? DEFAULT_PROFILE_PATH,
    logLevel: e.LOG_LEVEL,
    https: e.HTTPS,
    sessionSecret: e.SESSION_SECRET ?? DEV_SESSION_SECRET,
    face: {
      threads: e.FACE_THREADS,
      model: e.FACE_MODEL,
      onnxModelPath: e.FACE_ONNX_MODEL ?? null,
      threshold: e.FACE_THRESHOLD ?? null,
      onnxTemplateScale: e.FACE_ONNX_TEMPLATE_SCALE ?? null,
    },
    testPinChallenge: e.TEST_PIN_CHALLENGE ?? null,
    jobs: { enabled: e.JOBS },
    sms,
    retention: {
      certificationPhotoDays: e.RETENTION_CERTIFICATION_PHOTO_DAYS,
      attemptDays: e.RETENTION_ATTEMPT_DAYS,
      challengeHours: e.RETENTION_CHALLENGE_HOURS,
      loginFailureHours: e.RETENTION_LOGIN_FAILURE_HOURS,
      finishedJobDays: e.RETENTION_JOB_DAYS,
      paperScanDays: e.RETENTION_PAPER_SCAN_DAYS,
      replacedPhotoDays: e.RETENTION_REPLACED_PHOTO_DAYS,
    },
  });
};

/** The one place that reads process.env. */
export const loadConfig = (): Config => parseConfig(process.env);
