import { describe, expect, it } from 'vitest';
import { isStringKey, pick, translate } from './i18n.ts';
import { en } from './strings-en.ts';
import { zh } from './strings-zh.ts';

describe('i18n', () => {
  it('has an English string for every Chinese one, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(holes(en[key]), key).toEqual(holes(zh[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'attemptsLeft', { n: 3 })).toBe('You can try 3 more times.');
    expect(translate('zh-CN', 'attemptsLeft', { n: 3 })).toBe('还可以再试 3 次。');
    expect(translate('en', 'attemptsLeft')).toContain('{n}');
  });

  it('picks profile texts in the language, Chinese when missing', () => {
    expect(pick({ 'zh-CN': '洛阳', en: 'Luoyang' }, 'en')).toBe('Luoyang');
    expect(pick({ 'zh-CN': '洛阳', en: '' }, 'en')).toBe('洛阳');
    expect(isStringKey('status_certified')).toBe(true);
    expect(isStringKey('status_nonsense')).toBe(false);
  });
});
