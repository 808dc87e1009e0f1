/** Every name shown to a person exists in Simplified Chinese and English. */
export type LocalizedText = { 'zh-CN': string; en: string };

export type Locale = keyof LocalizedText;
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
