import type { SmsMessage, SmsResult, SmsSender } from '@lifecert/core';

export type HttpGatewayOptions = {
  /** the gateway's send endpoint */
  url: string;
  /** sent as a bearer token; never logged */
  apiKey: string;
  /** abort a call after this long; it is then retried (default 10 s) */
  timeoutMs?: number;
  /** injectable for tests */
  fetch?: typeof fetch;
};

/**
 * Adapter for an SMS gateway reached over HTTP: POST {to, text, reference} as JSON with a bearer
 * key, answer {messageId}. The notice id goes as the reference so a gateway that deduplicates
 * can drop a retry of a message it already took. Rate limits and server errors are retriable;
 * other refusals (bad number, blocked content) are not.
 */
export const httpGatewaySms = (opts: HttpGatewayOptions): SmsSender => {
  const doFetch = opts.fetch ?? fetch;
  return {
    name: 'http-gateway',
    async send(message: SmsMessage): Promise<SmsResult> {
      let response: Response;
      try {
        response = await doFetch(opts.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${opts.apiKey}`,
          },
          body: JSON.stringify({ to: message.to, text: message.text, reference: message.noticeId }),
          signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
        });
      } catch (e) {
        return { ok: false, retriable: true, error: e instanceof Error ? e.name : 'network' };
      }
      if (!response.ok) {
        await response.body?.cancel();
        const retriable = response.status === 429 || response.status >= 500;
        return { ok: false, retriable, error: `http_${response.status}` };
      }
      const body = (await response.json().catch(() => null)) as { messageId?: unknown } | null;
      if (typeof body?.messageId !== 'string' || body.messageId === '') {
        // Accepted but unacknowledged: resending might duplicate, so treat it as sent.
        return { ok: true, providerRef: 'unacknowledged' };
      }
      return { ok: true, providerRef: body.messageId };
    },
  };
};
