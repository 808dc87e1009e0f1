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
  login_locked: {
    reason: 'Too many failed logins for this ID number or from this device; retry after the lock.',
    message: {
      'zh-CN':
        '登录失败次数过多，已暂时锁定，请稍后再试；如需帮助，请携带身份证到居住地社会保险经办机构。',
      en: 'Too many failed logins; please try again later, or bring your ID card to your local social insurance agency for help.',
    },
  },
  password_incorrect: {
    reason: 'The current password given to change the password is wrong.',
    message: { 'zh-CN': '原密码不正确。', en: 'The current password is not correct.' },
  },
  password_not_allowed: {
    reason: 'New passwords are 6-32 characters and may not be the initial (last six digits) one.',
    message: {
      'zh-CN': '新密码须为6至32位，且不能与初始密码（身份证号后六位）相同。',
      en: 'The new password must be 6 to 32 characters and differ from the initial one (the last six digits of your ID number).',
    },
  },
  contact_required: {
    reason: 'Contact person, mobile and address must be saved before self-service certification.',
    message: {
      'zh-CN': '请先填写并保存联系人、手机号码和详细地址。',
      en: 'Please save your contact person, mobile number and address first.',
    },
  },
  benefits_terminated: {
    reason: 'Benefits were terminated; there is nothing to certify.',
    message: {
      'zh-CN': '您的养老待遇已终止，无需认证；如有疑问请咨询社会保险经办机构。',
      en: 'Your benefits have ended, so there is nothing to certify; ask your social insurance agency if in doubt.',
    },
  },
  no_reference_photo: {
    reason: 'Face matching needs an approved reference photo, which only staff can enrol.',
    message: {
      'zh-CN': '系统中没有您的比对照片，请携带身份证到居住地社会保险经办机构办理认证。',
      en: 'There is no photo on file to compare you with; please bring your ID card to your local social insurance agency.',
    },
  },
  challenge_expired: {
    reason: 'The one-time challenge expired before its recording arrived.',
    message: {
      'zh-CN': '本次认证已超时，请重新开始。',
      en: 'This check has expired; please start again.',
    },
  },
  challenge_used: {
    reason: 'Each challenge takes exactly one recording; this one was used or replaced.',
    message: {
      'zh-CN': '本次认证已提交过，请重新开始。',
      en: 'This check was already used; please start again.',
    },
  },
  self_service_unavailable: {
    reason: 'The face engine is not running on this server instance.',
    message: {
      'zh-CN': '自助认证暂时不可用，请稍后再试或到经办机构办理。',
      en: 'Self-service certification is unavailable right now; please try later or visit an office.',
    },
  },
  deadline_not_passed: {
    reason: 'Close-out (suspensions) may only run once the campaign deadline has passed.',
    message: {
      'zh-CN': '认证期尚未结束，不能进行停发处理。',
      en: 'The certification period has not ended yet.',
    },
  },
  batch_not_draft: {
    reason: 'Only a draft (dry-run) payment batch can be reviewed and committed, and only once.',
    message: {
      'zh-CN': '该批次已提交或已取消。',
      en: 'This batch was already committed or cancelled.',
    },
  },
  certification_blocked_deceased: {
    reason: 'A death is recorded before this date; the attempt is blocked and raised as fraud.',
    message: {
      'zh-CN': '无法完成认证，请携带身份证件到社会保险经办机构办理。',
      en: 'The certification cannot be completed; please visit the social insurance agency with an ID document.',
    },
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
