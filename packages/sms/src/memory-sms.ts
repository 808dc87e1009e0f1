import type { SmsMessage, SmsResult, SmsSender } from '@lifecert/core';

export type MemorySms = SmsSender & {
  readonly sent: SmsMessage[];
  /** makes the next `n` calls fail (retriable unless told otherwise) */
  failNext(n: number, retriable?: boolean): void;
};

/** Test adapter that keeps every accepted message and can be told to fail. */
export const memorySms = (): MemorySms => {
  const sent: SmsMessage[] = [];
  let failures = 0;
  let failRetriable = true;
  return {
    name: 'memory',
    sent,
    failNext(n, retriable = true) {
      failures = n;
      failRetriable = retriable;
    },
    send(message: SmsMessage): Promise<SmsResult> {
      if (failures > 0) {
        failures -= 1;
        return Promise.resolve({ ok: false, retriable: failRetriable, error: 'test_failure' });
      }
      sent.push(message);
      return Promise.resolve({ ok: true, providerRef: `mem-${sent.length}` });
    },
  };
};
