import { describe, expect, it } from 'vitest';
import { noticeText } from './notice-text.ts';

describe('notice texts', () => {
  it('each kind says what happened, from when, and carries the code and the scam warning', () => {
    const suspension = noticeText({
      kind: 'suspension',
      year: 2018,
      effectiveOn: '2018-12-01',
      code: 'AB2CD3',
    });
    expect(suspension).toContain('2018年度');
    expect(suspension).toContain('自12月1日起暂停发放');
    expect(suspension).toContain('恢复');
    const resumption = noticeText({
      kind: 'resumption',
      effectiveOn: '2019-02-01',
      code: 'AB2CD3',
    });
    expect(resumption).toContain('自2月1日起恢复发放');
    const reminder = noticeText({
      kind: 'reminder',
      year: 2018,
      windowEnd: '2018-10-31',
      code: 'AB2CD3',
    });
    expect(reminder).toContain('10月31日前');
    for (const text of [suspension, resumption, reminder]) {
      expect(text).toContain('核验码AB2CD3');
      expect(text).toContain('不会要求您转账或提供密码');
    }
  });
});
