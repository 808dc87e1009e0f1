import { describe, expect, it } from 'vitest';
import { attemptAllowance } from './attempt-limit.ts';
import { formatCertificateNumber, isCertificateNumber } from './certificate-number.ts';
import { CHALLENGE_ACTIONS, chooseChallenge } from './challenge.ts';
import {
  ACTION_ADVICE,
  LIVENESS_REASON_MESSAGES,
  livenessReasonMessage,
} from './liveness-reasons.ts';
import { LOGIN_RULES, combineLocks, lockState } from './login-lockout.ts';
import { initialPassword, matchesInitialPassword, validateNewPassword } from './password-rules.ts';

// mulberry32: small, seedable and with well-mixed low bits
const seeded = (seed: number) => {
  let s = seed >>> 0;
  return (n: number) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
};

describe('chooseChallenge', () => {
  it('draws distinct actions, and every order and action turns up', () => {
    const rand = seeded(42);
    const orders = new Set<string>();
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const c = chooseChallenge(rand, 3);
      expect(new Set(c).size).toBe(3);
      c.forEach((a) => seen.add(a));
      orders.add(c.join());
    }
    expect([...seen].sort()).toEqual([...CHALLENGE_ACTIONS].sort());
    // 5 * 4 * 3 ordered choices
    expect(orders.size).toBe(60);
  });

  it('refuses impossible sizes', () => {
    expect(() => chooseChallenge(seeded(1), 0)).toThrow(RangeError);
    expect(() => chooseChallenge(seeded(1), 6)).toThrow(RangeError);
  });
});

describe('lockState', () => {
  const rule = LOGIN_RULES.perIdNumber;
  const t0 = 1_000_000_000;
  it('locks at the limit and lifts when the oldest counted failure leaves the window', () => {
    const four = [t0, t0 + 1, t0 + 2, t0 + 3];
    expect(lockState(four, rule, t0 + 10).locked).toBe(false);
    const five = [...four, t0 + 4];
    expect(lockState(five, rule, t0 + 10)).toEqual({ locked: true, retryAtMs: t0 + rule.windowMs });
    expect(lockState(five, rule, t0 + rule.windowMs).locked).toBe(false);
  });
  it('ignores failures outside the window and takes the later of two locks', () => {
    const old = [1, 2, 3, 4, 5];
    expect(lockState(old, rule, t0).locked).toBe(false);
    const a = { locked: true as const, retryAtMs: 5 };
    const b = { locked: true as const, retryAtMs: 9 };
    expect(combineLocks(a, b)).toEqual(b);
    expect(combineLocks({ locked: false }, a)).toEqual(a);
  });
});

describe('certificate numbers', () => {
  it('formats prefix, year and 8 unambiguous characters', () => {
    const n = formatCertificateNumber('LY', 2018, Uint8Array.from([0, 1, 2, 31, 18, 19, 20, 255]));
    expect(n).toBe('LY2018-012Z-JKMZ');
    expect(isCertificateNumber(n)).toBe(true);
    expect(n.slice(7)).not.toMatch(/[ILOU]/);
    expect(() => formatCertificateNumber('ly', 2018, new Uint8Array(8))).toThrow(RangeError);
  });
});

describe('passwords', () => {
  it('uses the last six characters, with the check letter in either case', () => {
    expect(initialPassword('41030219500101123X')).toBe('01123X');
    expect(matchesInitialPassword('41030219500101123X', '01123x')).toBe(true);
    expect(matchesInitialPassword('41030219500101123X', '01123')).toBe(false);
    expect(validateNewPassword('01123x', '41030219500101123X')).toEqual({
      ok: false,
      error: 'password_not_allowed',
    });
    expect(validateNewPassword('x'.repeat(33), '41030219500101123X').ok).toBe(false);
    expect(validateNewPassword('秋天的洛阳牡丹', '41030219500101123X').ok).toBe(true);
  });
});

describe('attempt allowance and reason messages', () => {
  it('closes at the limit', () => {
    expect(attemptAllowance(9, 10)).toEqual({ used: 9, limit: 10, left: 1, open: true });
    expect(attemptAllowance(10, 10)).toMatchObject({ left: 0, open: false });
  });
  it('has plain words for every code in both languages, naming the step', () => {
    for (const m of Object.values(LIVENESS_REASON_MESSAGES)) {
      expect(m['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(m.en).toMatch(/^[A-Z]/);
    }
    expect(livenessReasonMessage('too_dark', { step: 0, action: 'nod' })['zh-CN']).toMatch(
      /^第1步（点头）：/,
    );
    expect(livenessReasonMessage('something_new').en).toMatch(/did not pass/);
  });
  it('says what to do differently when the engine said why an action was not seen', () => {
    const closure = { step: 1, action: 'blink', why: 'no_closure' } as const;
    expect(livenessReasonMessage('action_not_detected', closure)['zh-CN']).toBe(
      '第2步（眨眼）：眨眼时请把两只眼睛完全闭上一下，再睁开。',
    );
    expect(
      livenessReasonMessage('action_not_detected', { step: 0, action: 'shake', why: 'one_sided' })
        .en,
    ).toBe('Step 1 (shake your head): Turn your head to both sides, left and right.');
    // A sub-code the apps do not know yet, or one for another code, keeps the general words.
    const general = LIVENESS_REASON_MESSAGES.action_not_detected.en;
    expect(
      livenessReasonMessage('action_not_detected', { step: 0, action: 'nod', why: 'new_kind' }).en,
    ).toBe(`Step 1 (nod): ${general}`);
    expect(livenessReasonMessage('too_dark', closure).en).toMatch(/too dark/);
    // `why` is looked up as an own key: an inherited name is not advice.
    expect(
      livenessReasonMessage('action_not_detected', { step: 0, action: 'nod', why: 'toString' }).en,
    ).toBe(`Step 1 (nod): ${general}`);
  });
  it('has advice in both languages for every action', () => {
    for (const advice of Object.values(ACTION_ADVICE)) {
      expect(Object.keys(advice)).toContain('too_few_frames');
      for (const m of Object.values(advice)) {
        expect(m['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        expect(m.en).toMatch(/^[A-Z].*\.$/);
      }
    }
  });
});
