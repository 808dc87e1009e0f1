import type { Profile } from '@lifecert/config';
import type { Clock } from '@lifecert/core';
import type { Database, DbKind } from '@lifecert/db';
import type { Kysely } from 'kysely';

/** Settings the HTTP layer reads; the CLI maps the process config onto them. */
export type ServerSettings = {
  rateLimitPerMinute: number;
};

/** Everything the routes need, built once by the composition root (the CLI's serve command). */
export type AppDeps = {
  db: Kysely<Database>;
  dbKind: DbKind;
  profile: Profile;
  clock: Clock;
  settings: ServerSettings;
};
