import type { LocalizedText } from './localized-text.ts';

export type DomainErrorInfo = {
  /** one line for developers and logs: why the rule exists or what broke it */
  reason: string;
  /** what the person on the other side of the screen reads */
  message: LocalizedText;
};

// The one table of domain error codes. The server maps codes to HTTP statuses in its own table;
// nothing here knows about HTTP.
export const DOMAIN_ERRORS = {
  id_empty: {
    reason: 'No document number was given.',
    message: { 'zh-CN': '请输入证件号码。', en: 'Enter the document number.' },
  },
  id_bad_format: {
    reason: 'The number has the wrong length or characters for its document type.',
    message: {
      'zh-CN': '证件号码格式不正确。',
      en: 'The document number is not in a valid format.',
    },
  },
  id_bad_check_digit: {
    reason: 'The GB 11643 check digit does not match: usually a mistyped digit.',
    message: {
      'zh-CN': '证件号码校验位不正确，请核对后重新输入。',
      en: 'The document number does not check out; please look for a mistyped digit.',
    },
  },
  id_bad_region: {
    reason: 'The leading address code is not a valid region for this document type.',
    message: {
      'zh-CN': '证件号码的地区码不正确。',
      en: 'The region code in the number is not valid.',
    },
  },
  id_bad_birth_date: {
    reason: 'The birth date encoded in the number is not a real past date from 1900 on.',
    message: {
      'zh-CN': '证件号码中的出生日期不正确。',
      en: 'The birth date in the document number is not valid.',
    },
  },
  id_wrong_document_type: {
    reason: 'The number belongs to another document type (e.g. an HK/MO/TW residence permit).',
    message: {
      'zh-CN': '证件号码与所选证件类型不符。',
      en: 'The number does not match the chosen document type.',
    },
  },
  name_invalid: {
    reason: 'Names must be 1-50 characters without digits or control characters.',
    message: { 'zh-CN': '姓名不正确。', en: 'The name is not valid.' },
  },
  mobile_invalid: {
    reason: 'Mainland mobile numbers are 11 digits matching 1[3-9]xxxxxxxxx.',
    message: { 'zh-CN': '手机号码不正确。', en: 'The mobile number is not valid.' },
  },
  field_required: {
    reason: 'A required field is missing or empty.',
    message: { 'zh-CN': '请填写此项。', en: 'This field is required.' },
  },
  field_too_long: {
    reason: 'The value exceeds the maximum length stored for this field.',
    message: { 'zh-CN': '内容过长。', en: 'The value is too long.' },
  },
  value_not_allowed: {
    reason: 'The value is not one of the allowed codes for this field.',
    message: { 'zh-CN': '所选值无效。', en: 'The chosen value is not allowed.' },
  },
  date_invalid: {
    reason: 'Dates must be real calendar dates written YYYY-MM-DD.',
    message: { 'zh-CN': '日期不正确。', en: 'The date is not valid.' },
  },
  residence_region_required: {
    reason: 'People living abroad need the country or region, which decides the documents asked.',
    message: {
      'zh-CN': '境外居住人员须填写居住国家或地区。',
      en: 'Enter the country or region of residence for people living abroad.',
    },
  },
  residence_region_invalid: {
    reason: 'Regions are ISO 3166-1 alpha-2 codes (HK, MO and TW included).',
    message: { 'zh-CN': '居住国家或地区不正确。', en: 'The country or region is not valid.' },
  },
  staff_role_not_allowed_in_organisation: {
    reason: 'Each staff role belongs to certain kinds of organisation (a bank clerk to a branch).',
    message: {
      'zh-CN': '该角色不能属于此机构。',
      en: 'This role cannot belong to this organisation.',
    },
  },
  campaign_dates_invalid: {
    reason: 'A campaign needs cut-off <= exemption date <= window start <= window end.',
    message: { 'zh-CN': '认证期日期设置不正确。', en: 'The campaign dates are not consistent.' },
  },
  home_visit_no_people: {
    reason: 'A home visit must serve at least one person (a positive whole number).',
    message: {
      'zh-CN': '上门服务人数不正确。',
      en: 'The number of people for the visit is not valid.',
    },
  },
  home_visit_outside_service_area: {
    reason: 'The courier visits only inside the service area the profile lists.',
    message: {
      'zh-CN': '上门服务仅限服务区域内。',
      en: 'Home visits are only available inside the service area.',
    },
  },
  campaign_not_open: {
    reason: 'Certifications are accepted only while the campaign window is open.',
    message: { 'zh-CN': '当前不在认证期内。', en: 'The certification period is not open.' },
  },
  not_eligible: {
    reason: 'The person is not required to certify in this campaign.',
    message: {
      'zh-CN': '您本年度无需进行待遇领取资格认证。',
      en: 'You do not need to certify this year.',
    },
  },
  already_certified: {
    reason: 'The person already certified (or is exempt) in this campaign.',
    message: { 'zh-CN': '您已完成本年度认证。', en: 'You have already certified this year.' },
  },
  attempt_limit_reached: {
    reason: 'Too many failed self-service attempts; the person must go to a counter.',
    message: {
      'zh-CN': '认证失败次数过多，请携带本人身份证到居住地社会保险经办机构办理。',
      en: 'Too many failed attempts. Please bring your ID card to your local social insurance agency.',
    },
  },
  not_found: {
    reason: 'The record does not exist or is not visible to the caller.',
    message: { 'zh-CN': '未找到相关记录。', en: 'Record not found.' },
  },
  unauthenticated: {
    reason: 'No valid session or wrong credentials.',
    message: { 'zh-CN': '请先登录。', en: 'Please log in.' },
  },
  forbidden: {
    reason: 'The caller is logged in but their role or organisation does not allow this.',
    message: { 'zh-CN': '没有权限进行此操作。', en: 'You are not allowed to do this.' },
  },
  conflict: {
    reason: 'The change conflicts with the current state (e.g. a duplicate number).',
    message: { 'zh-CN': '操作与现有记录冲突。', en: 'This conflicts with an existing record.' },
  },
} as const satisfies Record<string, DomainErrorInfo>;

export type DomainErrorCode = keyof typeof DOMAIN_ERRORS;

/** An expected failure with a code from the table, optionally naming the field at fault. */
export type DomainError = { code: DomainErrorCode; field?: string };

export const DOMAIN_ERROR_CODES = Object.keys(DOMAIN_ERRORS) as DomainErrorCode[];

export const isDomainErrorCode = (value: unknown): value is DomainErrorCode =>
  typeof value === 'string' && Object.hasOwn(DOMAIN_ERRORS, value);

export const domainErrorMessage = (code: DomainErrorCode, locale: 'zh-CN' | 'en'): string =>
  DOMAIN_ERRORS[code].message[locale];
