// Names of the server's codes (roles, channels, statuses) shown across pages.
import {
  CHANNEL_LABELS,
  METHOD_LABELS,
  STATUS_LABELS,
} from '../../../../packages/core/src/reports/labels.ts';
import type { LocalizedText } from '../../../../packages/core/src/localized-text.ts';
import { defineStrings } from '../i18n/i18n.ts';

export const roleLabels = defineStrings({
  'zh-CN': {
    counter_clerk: '经办窗口',
    employer_clerk: '单位经办',
    bank_clerk: '银行网点',
    courier: '上门服务',
    reviewer: '审核',
    auditor: '稽核',
    admin: '管理员',
  },
  en: {
    counter_clerk: 'Counter clerk',
    employer_clerk: 'Employer clerk',
    bank_clerk: 'Bank clerk',
    courier: 'Home-visit courier',
    reviewer: 'Reviewer',
    auditor: 'Auditor',
    admin: 'Administrator',
  },
});

// Channels, methods and statuses read exactly as in the reports and exports, which print the
// domain's own labels (pure data, no I/O).
const byLang = <K extends string>(labels: Readonly<Record<K, LocalizedText>>) => {
  const codes = Object.keys(labels) as K[];
  const table = (lang: keyof LocalizedText) =>
    Object.fromEntries(codes.map((c) => [c, labels[c][lang]])) as Record<K, string>;
  return { 'zh-CN': table('zh-CN'), en: table('en') };
};

export const channelLabels = byLang(CHANNEL_LABELS);
export const methodLabels = byLang(METHOD_LABELS);
export const statusLabels = byLang(STATUS_LABELS);

/** The label of a code, or the code itself when the table does not know it (a newer server). */
export function labelOf<K extends string>(
  table: { 'zh-CN': Record<K, string>; en: Record<K, string> },
  lang: 'zh-CN' | 'en',
  code: string,
): string {
  return (table[lang] as Record<string, string>)[code] ?? code;
}
