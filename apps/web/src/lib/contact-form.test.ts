import { describe, expect, it } from 'vitest';
import { checkContact } from './contact-form.ts';
import { normaliseMobile } from './mobile.ts';

describe('contact form', () => {
  it('normalises mobile numbers with a country prefix, spaces and hyphens', () => {
    expect(normaliseMobile('+86 138-0013-8000')).toBe('13800138000');
    expect(normaliseMobile('008613800138000')).toBe('13800138000');
    expect(normaliseMobile('12800138000')).toBeNull();
    expect(normaliseMobile('1380013800')).toBeNull();
  });

  it('reports every missing or wrong field at once', () => {
    expect(checkContact({ contactName: ' ', mobile: '', address: '' })).toEqual({
      ok: false,
      errors: { contactName: 'required', mobile: 'required', address: 'required' },
    });
    expect(
      checkContact({ contactName: '张三', mobile: '123', address: '开元大道 240 号' }),
    ).toEqual({
      ok: false,
      errors: { mobile: 'mobileInvalid' },
    });
  });

  it('returns trimmed values ready to send', () => {
    expect(
      checkContact({
        contactName: ' 张三 ',
        mobile: '138 0013 8000',
        address: ' 开元大道 240 号 ',
      }),
    ).toEqual({
      ok: true,
      value: { contactName: '张三', mobile: '13800138000', address: '开元大道 240 号' },
    });
  });
});
