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
  /** comma-separated actions that replace the random liveness challenge, for end-to-end tests */
  TEST_PIN_CHALLENGE: z
    .string()
    .transform((s) => s.split(',').map((a) => a.trim()))
    .pipe(z.array(z.enum(CHALLENGE_ACTIONS)).min(1))
    .optional(),
});

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
  face: Readonly<{ threads: number; model: 'dlib' | 'onnx'; onnxModelPath: string | null }>;
  testPinChallenge: readonly ChallengeAction[] | null;
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
  if (issues.length > 0) throw new ConfigError(issues);

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
    },
    testPinChallenge: e.TEST_PIN_CHALLENGE ?? null,
  });
};

/** The one place that reads process.env. */
export const loadConfig = (): Config => parseConfig(process.env);
