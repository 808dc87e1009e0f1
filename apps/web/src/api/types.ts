// Response shapes of the self-service API (apps/server/src/routes/self-service).
export type Localized = { 'zh-CN': string; en: string };

export type Action = 'nod' | 'shake' | 'mouth' | 'blink' | 'gaze';

export type ApiErrorBody = {
  error: {
    code: string;
    message: string;
    messages?: Localized;
    details?: Record<string, unknown>;
  };
};

/** Why payment is stopped (suspension or termination); null while it runs. */
export type BenefitNotice = {
  reason: 'not_certified' | 'certified_late' | 'deceased';
  effectiveOn: string;
  campaignYear: number | null;
  message: string;
  messages: Localized;
} | null;

export type LoginResponse = {
  token: string;
  expiresAt: string;
  person: {
    name: string;
    mustChangePassword: boolean;
    contactComplete: boolean;
    benefitNotice?: BenefitNotice;
  };
};

/** GET /api/public/notices/:code */
export type NoticeCheckResponse =
  | {
      genuine: true;
      kind: 'reminder' | 'suspension' | 'resumption';
      campaignYear: number;
      sentOn: string;
    }
  | { genuine: false };

export type Contact = { contactName: string; mobile: string; address: string };

export type HistoryEntry = { date: string; channel: string; certificateNo: string | null };

export type MeResponse = {
  name: string;
  maskedIdNumber: string;
  contact: Contact | null;
  campaign: {
    year?: number;
    status: string;
    reason?: string | null;
    deadline: string | null;
  } | null;
  attempts: { used: number; limit: number };
  selfServiceOpen: boolean;
  history: HistoryEntry[];
  benefitNotice?: BenefitNotice;
  /** 'elsewhere': lives in China outside the city and may certify on the paper form */
  residence?: 'local' | 'elsewhere' | 'abroad';
};

export type ChallengeResponse = {
  challengeId: string;
  actions: Action[];
  issuedAt: string;
  expiresAt: string;
};

export type Frame = { t: number; step: number; jpeg: string };

/** `message` is in the UI language; `why` is the engine's sub-code when an action was not seen. */
export type Reason = {
  code: string;
  message: string;
  step?: number;
  action?: Action;
  why?: string;
};

export type Certificate = { number: string; date: string; photoUrl: string };

export type RecordingResponse = {
  /** 'pass', 'fail', or a state such as manual review that the page shows as not passed */
  decision: string;
  reasons: Reason[];
  attemptsLeft: number;
  selfServiceOpen: boolean;
  certificate?: Certificate;
  alternatives?: unknown;
};

export type Office = {
  name: Localized;
  address?: Localized;
  counters?: { name: Localized; location: Localized }[];
};

export type PublicProfile = {
  city: { name: Localized };
  appName?: Localized;
  window: { year?: number; start: string; end: string };
  whoMustCertify?: { benefitsStartedOnOrBefore: string; exemptIfFaceCertifiedFrom: string };
  attemptLimit: number;
  help?: { name: Localized; address?: Localized };
  offsiteForm?: {
    name: Localized;
    obtainFrom: Localized;
    postTo: { name: Localized; address: Localized; postcode: string };
  };
  offices: Office[];
  banks: { name: Localized }[];
  homeVisit: {
    courier?: Localized;
    perPersonFen: number;
    reducedPerPersonFen: number;
    reducedWhenMoreThan: number;
    serviceArea?: { code: string; name: Localized }[];
  };
};
