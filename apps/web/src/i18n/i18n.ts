import { en } from './strings-en.ts';
import { zh, type StringKey } from './strings-zh.ts';

export type Lang = 'zh-CN' | 'en';
export type { StringKey };

const TABLES: Record<Lang, Record<StringKey, string>> = { 'zh-CN': zh, en };

/** Looks up a string and fills `{name}` placeholders; unknown placeholders stay visible. */
export function translate(
  lang: Lang,
  key: StringKey,
  vars: Record<string, string | number> = {},
): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export function isStringKey(key: string): key is StringKey {
  return key in zh;
}

/** A localized text from the server profile in the current language, Chinese as fallback. */
export function pick(text: { 'zh-CN': string; en: string } | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text['zh-CN'];
}
