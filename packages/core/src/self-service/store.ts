import type { CampaignDates, CampaignState } from '../campaign.ts';
import type { CertificationMethod } from '../certification.ts';
import type { Channel } from '../channels.ts';
import type { BenefitStatus, InsuranceScheme } from '../pensioner.ts';
import type { ChallengeAction } from './challenge.ts';
import type { ReferenceFace } from './ports.ts';

export type SelfPerson = {
  id: string;
  scheme: InsuranceScheme;
  benefitStatus: BenefitStatus;
  /** YYYY-MM-DD */
  benefitsStart: string | null;
  contactComplete: boolean;
};

export type SelfCampaign = CampaignDates & { id: string; state: CampaignState };

export type PastCertification = {
  campaignId: string;
  channel: Channel;
  method: CertificationMethod;
  certifiedAtMs: number;
  certificateNo: string;
};

export type OpenChallenge = {
  attemptId: string;
  pensionerId: string;
  campaignId: string;
  actions: ChallengeAction[];
  issuedAtMs: number;
  expiresAtMs: number;
};

export type ConsumeResult = OpenChallenge | 'not_found' | 'used' | 'expired';

export type AuditNote = {
  action: string;
  entity: string;
  entityId: string | null;
  /** never ID numbers, phone numbers, photos or embeddings */
  details?: Record<string, unknown>;
  actor: { kind: 'pensioner' | 'staff' | 'system'; id: string | null };
};

/**
 * What the self-service use cases read and write. The database adapter implements it; a
 * `transaction` hands the callback a store whose writes commit or roll back together.
 */
export type SelfServiceStore = {
  transaction<T>(fn: (tx: SelfServiceStore) => Promise<T>): Promise<T>;
  person(id: string, opts?: { lock?: boolean }): Promise<SelfPerson | undefined>;
  campaignOfYear(year: number): Promise<SelfCampaign | undefined>;
  campaignById(id: string): Promise<SelfCampaign | undefined>;
  certifications(pensionerId: string): Promise<PastCertification[]>;
  failedAttemptsSinceReopen(pensionerId: string, campaignId: string): Promise<number>;
  activeReference(pensionerId: string): Promise<ReferenceFace | undefined>;
  /** stores a started attempt for the challenge, abandoning the person's unfinished ones */
  openChallenge(c: Omit<OpenChallenge, 'attemptId'> & { tokenHash: string }): Promise<string>;
  /** marks the challenge used, once: a second call for the same token gets 'used' */
  consumeChallenge(tokenHash: string, pensionerId: string, nowMs: number): Promise<ConsumeResult>;
  finishAttempt(a: {
    attemptId: string;
    /** not_judged: the face engine failed; the attempt does not count towards the limit */
    outcome: 'succeeded' | 'failed' | 'not_judged';
    reasons: string[];
    matchScore: number | null;
    finishedAtMs: number;
  }): Promise<void>;
  /** false when the number is taken (the caller draws another) */
  insertCertification(c: {
    id: string;
    pensionerId: string;
    campaignId: string;
    certifiedAtMs: number;
    certificateNo: string;
    matchScore: number | null;
  }): Promise<boolean>;
  saveCertificatePhoto(certificationId: string, jpeg: Uint8Array): Promise<void>;
  recordReopen(r: {
    pensionerId: string;
    campaignId: string;
    staffId: string;
    atMs: number;
  }): Promise<void>;
  audit(atMs: number, ...notes: AuditNote[]): Promise<void>;
};
