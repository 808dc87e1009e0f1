import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_SESSION_SECRET, parseConfig, type Env } from './config.ts';
import { DEFAULT_PROFILE_PATH } from './load-profile.ts';

const SECRET = 'a-production-secret-of-at-least-32-chars';

const issuesOf = (env: Env) => {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => i.variable);
    throw error;
  }
  return [];
};

describe('parseConfig', () => {
  it('runs a developer machine with no settings at all: PGlite in ./data, the shipped profile', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      host: '127.0.0.1',
      port: 3000,
      database: { kind: 'pglite', dataDir: 'data/pglite' },
      profilePath: DEFAULT_PROFILE_PATH,
      https: false,
      sessionSecret: DEV_SESSION_SECRET,
      face: { threads: Math.min(availableParallelism(), 8), model: 'dlib', onnxModelPath: null },
      testPinChallenge: null,
      jobs: { enabled: true },
      sms: { provider: 'console', ratePerSecond: 20 },
      retention: {
        certificationPhotoDays: 400,
        attemptDays: 400,
        challengeHours: 24,
        loginFailureHours: 24,
        finishedJobDays: 30,
        paperScanDays: 400,
        replacedPhotoDays: 400,
      },
    });
  });

  it('reads and converts every setting', () => {
    const config = parseConfig({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: '8443',
      DATABASE_URL: 'postgres://app@db:5432/lifecert',
      DATA_DIR: '/var/lib/lifecert',
      PROFILE: '/etc/lifecert/city.json',
      LOG_LEVEL: 'warn',
      HTTPS: 'true',
      SESSION_SECRET: SECRET,
      FACE_THREADS: '3',
      FACE_MODEL: 'onnx',
      FACE_ONNX_MODEL: '/models/arcface.onnx',
      FACE_THRESHOLD: '0.42',
      FACE_ONNX_TEMPLATE_SCALE: '0.9',
      JOBS: 'on',
      SMS_PROVIDER: 'http',
      SMS_URL: 'https://sms.example/send',
      SMS_API_KEY: 'gateway-key-123',
      SMS_RATE: '5',
      RETENTION_CERTIFICATION_PHOTO_DAYS: '730',
      RETENTION_ATTEMPT_DAYS: '365',
      RETENTION_CHALLENGE_HOURS: '2',
      RETENTION_LOGIN_FAILURE_HOURS: '48',
      RETENTION_JOB_DAYS: '7',
      RETENTION_PAPER_SCAN_DAYS: '200',
      RETENTION_REPLACED_PHOTO_DAYS: '90',
    });
    expect(config).toEqual({
      nodeEnv: 'production',
      host: '0.0.0.0',
      port: 8443,
      database: { kind: 'postgres', url: 'postgres://app@db:5432/lifecert' },
      dataDir: '/var/lib/lifecert',
      profilePath: '/etc/lifecert/city.json',
      logLevel: 'warn',
      https: true,
      sessionSecret: SECRET,
      face: {
        threads: 3,
        model: 'onnx',
        onnxModelPath: '/models/arcface.onnx',
        threshold: 0.42,
        onnxTemplateScale: 0.9,
      },
      testPinChallenge: null,
      jobs: { enabled: true },
      sms: {
        provider: 'http',
        url: 'https://sms.example/send',
        apiKey: 'gateway-key-123',
        ratePerSecond: 5,
      },
      retention: {
        certificationPhotoDays: 730,
        attemptDays: 365,
        challengeHours: 2,
        loginFailureHours: 48,
        finishedJobDays: 7,
        paperScanDays: 200,
        replacedPhotoDays: 90,
      },
    });
  });

  it('fails fast in production without a real session secret', () => {
    const prod = { NODE_ENV: 'production', SMS_PROVIDER: 'file' };
    expect(issuesOf(prod)).toEqual(['SESSION_SECRET']);
    expect(issuesOf({ ...prod, SESSION_SECRET: DEV_SESSION_SECRET })).toEqual(['SESSION_SECRET']);
    expect(issuesOf({ ...prod, SESSION_SECRET: 'short' })).toEqual(['SESSION_SECRET']);
    expect(() =>
      parseConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, SMS_PROVIDER: 'file' }),
    ).not.toThrow();
  });

  it('runs the job runner unless JOBS=off, with an SMS provider chosen on purpose in production', () => {
    expect(parseConfig({ JOBS: 'off' }).jobs).toEqual({ enabled: false });
    expect(parseConfig({ DATA_DIR: '/srv/lc', SMS_PROVIDER: 'file' }).sms).toEqual({
      provider: 'file',
      path: '/srv/lc/sms-outbox.jsonl',
      ratePerSecond: 20,
    });
    const prod = { NODE_ENV: 'production', SESSION_SECRET: SECRET };
    expect(issuesOf(prod)).toEqual(['SMS_PROVIDER']);
    expect(parseConfig({ ...prod, JOBS: 'off' }).jobs.enabled).toBe(false);
    expect(issuesOf({ SMS_PROVIDER: 'http' })).toEqual(['SMS_URL', 'SMS_API_KEY']);
    expect(
      issuesOf({ SMS_PROVIDER: 'http', SMS_URL: 'ftp://x', SMS_API_KEY: 'k'.repeat(8) }),
    ).toEqual(['SMS_URL']);
    expect(
      issuesOf({ SMS_PROVIDER: 'pigeon', SMS_RATE: '0', RETENTION_ATTEMPT_DAYS: '-1' }),
    ).toEqual(['SMS_PROVIDER', 'SMS_RATE', 'RETENTION_ATTEMPT_DAYS']);
  });

  it('never echoes the SMS gateway key', () => {
    let message = '';
    try {
      parseConfig({ SMS_PROVIDER: 'http', SMS_API_KEY: 'secret7' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('- SMS_API_KEY:');
    expect(message).not.toContain('secret7');
  });

  it('lists every bad variable without echoing secret values', () => {
    let message = '';
    try {
      parseConfig({
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
        SESSION_SECRET: 'hunter2',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const variable of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'SESSION_SECRET']) {
      expect(message).toContain(`- ${variable}:`);
    }
    expect(message).not.toContain('hunter2');
  });

  it('accepts a pinned liveness challenge only in tests', () => {
    expect(
      parseConfig({ NODE_ENV: 'test', TEST_PIN_CHALLENGE: 'nod, blink,mouth' }).testPinChallenge,
    ).toEqual(['nod', 'blink', 'mouth']);
    expect(issuesOf({ TEST_PIN_CHALLENGE: 'nod' })).toEqual(['TEST_PIN_CHALLENGE']);
    expect(issuesOf({ NODE_ENV: 'test', TEST_PIN_CHALLENGE: 'nod,wink' })).toEqual([
      'TEST_PIN_CHALLENGE',
    ]);
  });

  it('needs a model file for the ONNX engine and treats empty values as unset', () => {
    expect(issuesOf({ FACE_MODEL: 'onnx' })).toEqual(['FACE_ONNX_MODEL']);
    expect(issuesOf({ FACE_THREADS: '0' })).toEqual(['FACE_THREADS']);
    expect(parseConfig({ PORT: '', DATABASE_URL: ' ' })).toMatchObject({
      port: 3000,
      database: { kind: 'pglite' },
    });
  });

  it('returns a frozen result', () => {
    const config = parseConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.face)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
  });
});
