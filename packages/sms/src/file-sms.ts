import { appendFile } from 'node:fs/promises';
import type { SmsMessage, SmsResult, SmsSender } from '@lifecert/core';
import { maskMobile } from './mask-mobile.ts';

/**
 * Development adapter: appends each message as a JSON line to a file (or hands it to `write`,
 * e.g. the console) with the number masked, so a developer sees what would be sent without a
 * gateway and without phone numbers piling up on disk.
 */
export const fileSms = (opts: { path: string } | { write: (line: string) => void }): SmsSender => {
  let seq = 0;
  return {
    name: 'path' in opts ? 'file' : 'console',
    async send(message: SmsMessage): Promise<SmsResult> {
      seq += 1;
      const line = `${JSON.stringify({
        noticeId: message.noticeId,
        to: maskMobile(message.to),
        text: message.text,
      })}\n`;
      if ('path' in opts) await appendFile(opts.path, line, 'utf8');
      else opts.write(line);
      return { ok: true, providerRef: `dev-${seq}` };
    },
  };
};
