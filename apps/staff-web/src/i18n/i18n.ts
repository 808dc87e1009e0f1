import { useCallback } from 'react';
import { useApp } from '../app-context.tsx';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** A text in both languages, as the server's profile and error messages carry them. */
export type Localized = { 'zh-CN': string; en: string };

/**
 * A module's own string table: the Chinese table defines the keys, the English one must have
 * exactly the same keys (a missing or extra key is a type error). Each page keeps its table
 * beside it, so nobody edits a shared strings file.
 */
export function defineStrings<K extends string>(tables: {
  'zh-CN': Record<K, string>;
  en: Record<K, string>;
}): { 'zh-CN': Record<K, string>; en: Record<K, string> } {
  return tables;
}

export type Strings<K extends string> = ReturnType<typeof defineStrings<K>>;
export type Translate<K extends string> = (
  key: K,
  vars?: Record<string, string | number>,
) => string;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so it is noticed. */
export function format(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** `const t = useStrings(strings); t('title', { n: 3 })` in the current language. */
export function useStrings<K extends string>(strings: Strings<K>): Translate<K> {
  const { lang } = useApp();
  return useCallback((key, vars) => format(strings[lang][key], vars), [strings, lang]);
}

/** A localized text in the current language, Chinese when the English one is empty. */
export function pick(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text['zh-CN'];
}
