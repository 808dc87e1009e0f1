import { describe, expect, it } from 'vitest';
import { shanghaiDayStart } from '../shanghai-time.ts';
import { checkNoticeCode } from './check-notice.ts';
import { NOTICE_CODE_ALPHABET, normaliseNoticeCode, noticeCode } from './notice-code.ts';
import { reminderText } from './notice-text.ts';
import type { NoticeRecord } from './ports.ts';

const secret = 'test-secret-for-notice-codes-0123456789';

describe('notice codes', () => {
  it('are six characters without look-alikes, stable per notice and secret', () => {
    const code = noticeCode(secret, 'a');
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(NOTICE_CODE_ALPHABET).not.toMatch(/[01ILO]/);
    expect(noticeCode(secret, 'a')).toBe(code);
    expect(noticeCode(`${secret}x`, 'a')).not.toBe(code);
  });

  it('spread over the alphabet (no character never used)', () => {
    const used = new Set<string>();
    for (let i = 0; i < 200; i++) for (const ch of noticeCode(secret, String(i))) used.add(ch);
    expect(used.size).toBe(NOTICE_CODE_ALPHABET.length);
  });

  it('accept what people type: lower case, spaces and dashes', () => {
    expect(normaliseNoticeCode(' ab3-d7k ')).toBe('AB3D7K');
    expect(normaliseNoticeCode('AB0D7K')).toBeNull();
    expect(normaliseNoticeCode('AB3D7')).toBeNull();
  });

  it('appear in the reminder with the deadline', () => {
    const text = reminderText({ year: 2018, windowEnd: '2018-10-31', code: 'AB3D7K' });
    expect(text).toContain('10月31日');
    expect(text).toContain('AB3D7K');
  });
});

describe('checking a notice code', () => {
  const sent: NoticeRecord = {
    id: 'notice-1',
    kind: 'reminder',
    campaignYear: 2018,
    sentAtMs: shanghaiDayStart('2018-10-01') + 3_600_000,
  };
  const store = (records: NoticeRecord[]) => ({
    findByCode: (code: string) =>
      Promise.resolve(records.filter((r) => noticeCode(secret, r.id) === code)),
  });

  it('confirms a notice the agency sent, without naming the recipient', async () => {
    const result = await checkNoticeCode(noticeCode(secret, 'notice-1').toLowerCase(), {
      secret,
      notices: store([sent]),
    });
    expect(result).toEqual({
      genuine: true,
      kind: 'reminder',
      campaignYear: 2018,
      sentOn: '2018-10-01',
    });
  });

  it('rejects unknown codes, unsent notices and codes made with another secret', async () => {
    const notices = store([sent, { ...sent, id: 'notice-2', sentAtMs: null }]);
    expect(await checkNoticeCode('ZZZZZZ', { secret, notices })).toEqual({ genuine: false });
    expect(await checkNoticeCode(noticeCode(secret, 'notice-2'), { secret, notices })).toEqual({
      genuine: false,
    });
    // A row planted with a code that does not derive from its id under our secret.
    const forged = { findByCode: () => Promise.resolve([{ ...sent, id: 'forged' }]) };
    expect(
      await checkNoticeCode(noticeCode(secret, 'notice-1'), { secret, notices: forged }),
    ).toEqual({ genuine: false });
  });
});
