export type NoticeKind = 'reminder' | 'suspension' | 'resumption';

/** One SMS to one number; `noticeId` lets a provider deduplicate retries. */
export type SmsMessage = { noticeId: string; to: string; text: string };

export type SmsResult =
  | { ok: true; providerRef: string }
  /** retriable: the provider may accept it later (rate limit, outage) */
  | { ok: false; retriable: boolean; error: string };

/** The SMS provider port; adapters live in @lifecert/sms. */
export type SmsSender = {
  readonly name: string;
  send(message: SmsMessage): Promise<SmsResult>;
};

export type NoticeRecord = {
  id: string;
  kind: NoticeKind;
  campaignYear: number;
  /** null until the provider accepted it */
  sentAtMs: number | null;
};

export type NoticeLookup = { findByCode(code: string): Promise<NoticeRecord[]> };
