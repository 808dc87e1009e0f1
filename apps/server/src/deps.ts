import type { Profile } from '@lifecert/config';
import type {
  ChallengeAction,
  Clock,
  FaceVerifier,
  PasswordHasher,
  PhotoAssessor,
  RandomSource,
} from '@lifecert/core';
import type { Database, DbKind } from '@lifecert/db';
import type { Kysely } from 'kysely';

/** Settings the HTTP layer reads; the CLI maps the process config onto them. */
export type ServerSettings = {
  rateLimitPerMinute: number;
  /** HMAC key of the short codes printed in SMS notices (derived from SESSION_SECRET) */
  noticeSecret: string;
};

/** Everything the routes need, built once by the composition root (the CLI's serve command). */
export type AppDeps = {
  db: Kysely<Database>;
  dbKind: DbKind;
  profile: Profile;
  clock: Clock;
  settings: ServerSettings;
  /** the face engine behind its port; without it self-service recordings answer 503 */
  face?: FaceVerifier;
  /** the face engine checking staff-captured reference photos; without it enrolment answers 503 */
  photos?: PhotoAssessor;
  selfService?: SelfServiceSettings;
};

/** Self-service knobs; every field has a production default. */
export type SelfServiceSettings = {
  /** 'test' is the only environment that accepts testPinChallenge */
  nodeEnv?: 'development' | 'test' | 'production';
  /** fixed challenge actions for end-to-end tests */
  testPinChallenge?: readonly ChallengeAction[] | null;
  sessionTtlMs?: number;
  challengeTtlMs?: number;
  random?: RandomSource;
  passwords?: PasswordHasher;
};
