import type { Kysely } from 'kysely';
import type { InsuranceScheme, SmsSender } from '@lifecert/core';
import {
  getCampaignById,
  lifecycleCampaign,
  type Database,
  type LifecycleCampaign,
  type RetentionPeriods,
} from '@lifecert/db';

/** What the lifecycle jobs need from the process; passed explicitly, read from config. */
export type LifecycleJobDeps = {
  /** HMAC key of notice verification codes */
  noticeSecret: string;
  sms: SmsSender;
  /** messages per second the provider allows (default 20) */
  smsPerSecond?: number;
  /** provider calls per notice before it is marked failed (default 5) */
  smsMaxAttempts?: number;
  /** notices one sms.deliver job sends before handing over to a fresh job (default 5000) */
  smsPerJob?: number;
  coveredSchemes?: readonly InsuranceScheme[];
  /** how long personal data is kept (default DEFAULT_RETENTION) */
  retention?: RetentionPeriods;
  newId: () => string;
  /** pacing between messages; tests pass a recorder instead of a real wait */
  sleep?: (ms: number) => Promise<void>;
};

export const loadCampaign = async (
  db: Kysely<Database>,
  id: string,
  deps: Pick<LifecycleJobDeps, 'coveredSchemes'>,
): Promise<LifecycleCampaign | null> => {
  const c = await getCampaignById(db, id);
  return c ? lifecycleCampaign(c, deps.coveredSchemes) : null;
};
