import { describe, expect, it } from 'vitest';
import {
  DOMAIN_ERROR_CODES,
  DOMAIN_ERRORS,
  domainErrorMessage,
  isDomainErrorCode,
} from './errors.ts';

describe('domain error table', () => {
  it('gives every code a one-line reason and a message in both languages', () => {
    for (const code of DOMAIN_ERROR_CODES) {
      const { reason, message } = DOMAIN_ERRORS[code];
      expect(reason).toMatch(/^[^\n]{10,120}$/);
      expect(message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(message.en).toMatch(/^[A-Z][^\u4e00-\u9fff]+[.!]$/);
      expect(code).toMatch(/^[a-z][a-z0-9_]+$/);
    }
  });

  it('recognises its own codes only', () => {
    expect(isDomainErrorCode('id_bad_check_digit')).toBe(true);
    expect(isDomainErrorCode('toString')).toBe(false);
    expect(domainErrorMessage('mobile_invalid', 'en')).toBe('The mobile number is not valid.');
  });
});
