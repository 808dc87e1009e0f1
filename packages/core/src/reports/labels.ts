import type { CampaignStatus } from '../campaign-status.ts';
import type { CertificationMethod } from '../certification.ts';
import type { Channel } from '../channels.ts';
import type { LocalizedText } from '../localized-text.ts';
import type { PensionerCategory, Residence } from '../pensioner.ts';

// Report and export labels. District names come from the jurisdiction profile, not from here.

export const STATUS_LABELS: Readonly<Record<CampaignStatus, LocalizedText>> = {
  pending: { 'zh-CN': '待认证', en: 'Pending' },
  certified: { 'zh-CN': '已认证', en: 'Certified' },
  exempt: { 'zh-CN': '免于认证', en: 'Exempt' },
  overdue: { 'zh-CN': '逾期未认证', en: 'Overdue' },
  suspended: { 'zh-CN': '已暂停发放', en: 'Suspended' },
  not_eligible: { 'zh-CN': '无需认证', en: 'Not required' },
};

export const CATEGORY_LABELS: Readonly<Record<PensionerCategory, LocalizedText>> = {
  enterprise_retiree: { 'zh-CN': '企业退休人员', en: 'Enterprise retirees' },
  flexible_retiree: { 'zh-CN': '灵活就业退休人员', en: 'Flexibly employed retirees' },
  enterprise_survivor: { 'zh-CN': '遗属生活费领取人员', en: 'Survivors' },
  institution_retiree: { 'zh-CN': '机关事业单位退休人员', en: 'Public institution retirees' },
};

export const RESIDENCE_LABELS: Readonly<Record<Residence, LocalizedText>> = {
  local: { 'zh-CN': '本地', en: 'Local' },
  elsewhere: { 'zh-CN': '异地居住', en: 'Elsewhere in China' },
  abroad: { 'zh-CN': '境外居住', en: 'Abroad' },
};

export const CHANNEL_LABELS: Readonly<Record<Channel, LocalizedText>> = {
  self_service: { 'zh-CN': '手机自助', en: 'Self-service' },
  counter: { 'zh-CN': '经办窗口', en: 'Counter' },
  employer: { 'zh-CN': '单位协助', en: 'Employer' },
  bank: { 'zh-CN': '银行网点', en: 'Bank branch' },
  home_visit: { 'zh-CN': '上门认证', en: 'Home visit' },
  offsite_form: { 'zh-CN': '异地协助认证表', en: 'Offsite form' },
  overseas_document: { 'zh-CN': '境外证明材料', en: 'Overseas documents' },
  in_person_id_check: { 'zh-CN': '现场核验证件', en: 'In-person ID check' },
};

export const METHOD_LABELS: Readonly<Record<CertificationMethod, LocalizedText>> = {
  face: { 'zh-CN': '人脸识别', en: 'Face' },
  id_check: { 'zh-CN': '现场核验证件', en: 'ID check' },
  document: { 'zh-CN': '证明材料', en: 'Document' },
  form: { 'zh-CN': '认证表', en: 'Form' },
};

/** A code's label, or the code itself when it is not one we know (never a blank cell). */
export const labelOf = (
  labels: Readonly<Record<string, LocalizedText>>,
  code: string,
  lang: keyof LocalizedText,
): string => labels[code]?.[lang] ?? code;
