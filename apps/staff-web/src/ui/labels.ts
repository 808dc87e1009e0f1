// Names of the server's codes (roles, channels, statuses) shown across pages.
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

export const channelLabels = defineStrings({
  'zh-CN': {
    self_service: '手机自助',
    counter: '经办窗口',
    employer: '单位',
    bank: '银行网点',
    home_visit: '上门服务',
    offsite_form: '异地认证表',
    overseas_document: '境外证明',
    in_person_id_check: '现场核验证件',
  },
  en: {
    self_service: 'Self-service',
    counter: 'Counter',
    employer: 'Employer',
    bank: 'Bank branch',
    home_visit: 'Home visit',
    offsite_form: 'Off-site form',
    overseas_document: 'Overseas document',
    in_person_id_check: 'In-person ID check',
  },
});

export const methodLabels = defineStrings({
  'zh-CN': { face: '人脸识别', id_check: '核对证件', document: '证明材料', form: '认证表' },
  en: { face: 'Face', id_check: 'ID card check', document: 'Document', form: 'Form' },
});

export const statusLabels = defineStrings({
  'zh-CN': {
    pending: '待认证',
    certified: '已认证',
    exempt: '免于认证',
    overdue: '已逾期',
    suspended: '已暂停发放',
    not_eligible: '无需认证',
  },
  en: {
    pending: 'Pending',
    certified: 'Certified',
    exempt: 'Exempt',
    overdue: 'Overdue',
    suspended: 'Payment suspended',
    not_eligible: 'Not required',
  },
});

/** The label of a code, or the code itself when the table does not know it (a newer server). */
export function labelOf<K extends string>(
  table: { 'zh-CN': Record<K, string>; en: Record<K, string> },
  lang: 'zh-CN' | 'en',
  code: string,
): string {
  return (table[lang] as Record<string, string>)[code] ?? code;
}
