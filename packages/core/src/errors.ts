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
  home_visit_date_out_of_range: {
    reason: 'A visit is booked for a day from today to HOME_VISIT_MAX_DAYS_AHEAD (30) days on.',
    message: {
      'zh-CN': '上门日期须在今天起 30 天以内。',
      en: 'The visit date must be today or within the next 30 days.',
    },
  },
  home_visit_too_many_people: {
    reason: 'One visit serves one household; a longer list is a booking mistake.',
    message: {
      'zh-CN': '一次上门服务的人数过多，请分开预约。',
      en: 'Too many people for one visit; please book separate visits.',
    },
  },
  home_visit_already_booked: {
    reason: 'A person can be on only one open (booked) home visit at a time.',
    message: {
      'zh-CN': '该人员已有尚未完成的上门服务预约。',
      en: 'This person already has a home visit booked.',
    },
  },
  home_visit_not_open: {
    reason: 'The visit was completed or cancelled; it can no longer change.',
    message: {
      'zh-CN': '该上门服务已完成或已取消，不能再修改。',
      en: 'This home visit was already completed or cancelled.',
    },
  },
  home_visit_people_unmarked: {
    reason: 'A visit is completed only once every person on it is certified or marked not at home.',
    message: {
      'zh-CN': '请先为每位人员完成认证或标记为不在家。',
      en: 'Certify each person or mark them not at home first.',
    },
  },
  home_visit_person_already_marked: {
    reason: 'The outcome for this person on this visit was already recorded.',
    message: {
      'zh-CN': '该人员的上门结果已登记。',
      en: 'The outcome for this person was already recorded.',
    },
  },
  home_visit_not_certified: {
    reason: 'A person is marked done only after a home-visit certification was stored for them.',
    message: {
      'zh-CN': '该人员尚未完成上门认证。',
      en: 'This person has not been certified on this visit yet.',
    },
  },
  home_visit_payment_mismatch: {
    reason: 'The amount collected must equal the fee for the people actually served, to the fen.',
    message: {
      'zh-CN': '收款金额与应收费用不符，请核对。',
      en: 'The amount paid does not match the fee due; please check.',
    },
  },
  home_visit_no_courier: {
    reason: "The profile's courier organisation is missing from the database (seed not run).",
    message: {
      'zh-CN': '未设置上门服务机构，请联系系统管理员。',
      en: 'No home-visit courier is set up; please contact the administrator.',
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
  face_check_failed: {
    reason: 'The face engine failed on the recording (e.g. a worker crashed); it is not counted.',
    message: {
      'zh-CN': '系统暂时无法完成人脸核验，本次不计入失败次数，请重新开始。',
      en: 'The face check could not be completed on our side; this try does not count. Please start again.',
    },
  },
  recording_step_unknown: {
    reason: 'A frame names a step its challenge lacks (an app out of step); ended as not judged.',
    message: {
      'zh-CN': '录像与本次认证的动作不符，本次不计入失败次数，请重新开始。',
      en: 'The recording does not fit the actions of this check; this try does not count. Please start again.',
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
  photo_unreadable: {
    reason: 'A reference photo must be a JPEG or PNG image the server can decode.',
    message: {
      'zh-CN': '无法读取照片，请上传 JPEG 格式的照片或重新拍摄。',
      en: 'The photo cannot be read; upload a JPEG photo or take it again.',
    },
  },
  photo_no_face: {
    reason: 'No face was found in the reference photo.',
    message: {
      'zh-CN': '照片中未检测到人脸，请让本人正对镜头后重新拍摄。',
      en: 'No face was found in the photo; have the person face the camera and take it again.',
    },
  },
  photo_multiple_faces: {
    reason: 'A reference photo must show exactly one face, or matching could use the wrong one.',
    message: {
      'zh-CN': '照片中有多张人脸，请确保画面中只有本人。',
      en: 'The photo shows more than one face; only the person may be in view.',
    },
  },
  photo_face_too_small: {
    reason: 'The face is too small in the frame to give a reliable embedding.',
    message: {
      'zh-CN': '照片中人脸太小，请靠近镜头后重新拍摄。',
      en: 'The face is too small in the photo; move closer to the camera and take it again.',
    },
  },
  photo_not_frontal: {
    reason: 'The head is turned or tilted beyond the pose limit matching is reliable within.',
    message: {
      'zh-CN': '请让本人正面直视镜头，不要侧脸、抬头或低头。',
      en: 'Have the person look straight at the camera, without turning or tilting the head.',
    },
  },
  photo_too_dark: {
    reason: 'The face is too dark to judge (mean luma below the quality threshold).',
    message: {
      'zh-CN': '照片太暗，请在光线充足处重新拍摄。',
      en: 'The photo is too dark; take it again in better light.',
    },
  },
  photo_too_blurry: {
    reason: 'The face is blurred (low Laplacian variance): motion or focus failure.',
    message: {
      'zh-CN': '照片模糊，请保持不动并重新拍摄。',
      en: 'The photo is blurred; hold still and take it again.',
    },
  },
  photo_check_unavailable: {
    reason: 'The face engine that checks reference photos is not running on this instance.',
    message: {
      'zh-CN': '照片检测服务暂时不可用，请稍后再试。',
      en: 'Photo checking is unavailable right now; please try again later.',
    },
  },
  approval_pending: {
    reason: 'A person has at most one pending photo or information change of each kind.',
    message: {
      'zh-CN': '此人已有待审核的申请，请等待审核完成后再提交。',
      en: 'This person already has a request awaiting approval.',
    },
  },
  not_pending: {
    reason: 'Only a pending request can be approved or rejected, and only once.',
    message: {
      'zh-CN': '该申请已审核完毕。',
      en: 'This request has already been decided.',
    },
  },
  four_eyes_required: {
    reason: 'Four eyes: the staff member who made a request may not approve or reject it.',
    message: {
      'zh-CN': '不能审核本人提交的申请，请由其他工作人员审核。',
      en: 'You cannot decide your own request; another member of staff must do it.',
    },
  },
  info_change_empty: {
    reason: 'An information change must change at least one field.',
    message: {
      'zh-CN': '没有需要变更的信息。',
      en: 'Nothing would change.',
    },
  },
  info_change_stale: {
    reason: 'The record changed since the request; the recorded old value no longer holds.',
    message: {
      'zh-CN': '申请提交后该人员信息已发生变化，请驳回后重新申请。',
      en: 'The record changed after the request was made; reject it and make a new request.',
    },
  },
  documents_incomplete: {
    reason: 'The documents the reference process names for this channel were not all presented.',
    message: {
      'zh-CN': '所需材料不齐全。',
      en: 'Not all required documents were presented.',
    },
  },
  id_number_taken: {
    reason: 'Another person in the registry already has this document number.',
    message: {
      'zh-CN': '该证件号码已登记在其他人员名下。',
      en: 'Another person is already registered with this document number.',
    },
  },
  scan_type_not_allowed: {
    reason: 'Scans of paper proofs must be JPEG, PNG or PDF (read from the file, not its name).',
    message: {
      'zh-CN': '扫描件只能是 JPEG、PNG 或 PDF 文件。',
      en: 'The scan must be a JPEG, PNG or PDF file.',
    },
  },
  scan_too_large: {
    reason: 'Scans are stored in the database; a page needs far less than the limit (5 MB).',
    message: {
      'zh-CN': '扫描件过大，请控制在 5 MB 以内。',
      en: 'The scan is too large; it must be at most 5 MB.',
    },
  },
  scan_unreadable: {
    reason: 'Image scans are cleaned of metadata before they are stored; a broken one cannot be.',
    message: {
      'zh-CN': '扫描件已损坏或不完整，无法读取，请重新扫描后上传。',
      en: 'The scan is damaged or incomplete and cannot be read; scan it again and upload it.',
    },
  },
  overseas_document_too_old: {
    reason: 'A proof of life only counts if issued within the profile window before receipt.',
    message: {
      'zh-CN': '该证明出具时间过早，已超过有效期，请当事人重新办理。',
      en: 'The document was issued too long ago and is no longer valid; a new one is needed.',
    },
  },
  overseas_document_issued_in_future: {
    reason: 'The issue date lies after the day the document was received: a typing mistake.',
    message: {
      'zh-CN': '出具日期不能晚于收件日期，请核对。',
      en: 'The issue date cannot be after the day it was received; please check it.',
    },
  },
  overseas_document_wrong_region: {
    reason: 'The profile accepts each document type only from people living in certain regions.',
    message: {
      'zh-CN': '该类证明不适用于此人居住的国家或地区。',
      en: 'This kind of document is not accepted for the country or region the person lives in.',
    },
  },
  paper_proof_wrong_residence: {
    reason: 'Offsite forms are for people living elsewhere in China, documents for people abroad.',
    message: {
      'zh-CN': '此人的居住地登记不符合该认证方式。',
      en: "This way of certifying does not match the person's recorded place of residence.",
    },
  },
  paper_proof_pending: {
    reason: 'A person has at most one form or document awaiting review at a time.',
    message: {
      'zh-CN': '此人已有待审核的认证材料，请先完成审核。',
      en: 'This person already has a form or document awaiting review.',
    },
  },
  paper_proof_decided: {
    reason: 'A received form or document is approved or rejected once.',
    message: {
      'zh-CN': '该认证材料已审核完毕。',
      en: 'This form or document has already been reviewed.',
    },
  },
  paper_proof_own_record: {
    reason: 'Four eyes: whoever recorded the receipt may not review it.',
    message: {
      'zh-CN': '不能审核本人登记的材料，请由其他工作人员审核。',
      en: 'You recorded this item; another member of staff must review it.',
    },
  },
  offsite_form_reference_invalid: {
    reason: 'The QR code or reference is not one the server issued (mistyped or altered).',
    message: {
      'zh-CN': '表格编号无效，请核对二维码或编号。',
      en: 'The form reference is not valid; check the QR code or the number.',
    },
  },
  pdf_font_missing: {
    reason: 'No CJK font was found for PDF forms (install fonts-noto-cjk or set the font path).',
    message: {
      'zh-CN': '服务器缺少中文字体，暂时无法生成表格。',
      en: 'The server has no Chinese font installed, so the form cannot be produced.',
    },
  },
  report_too_large: {
    reason: 'An export would hold more rows than one file should (it is built in memory).',
    message: {
      'zh-CN': '导出的名单过大，请按区县或人员类别筛选后分批导出。',
      en: 'The list is too large to export at once; filter by district or category and export in parts.',
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
