import {
  DOMAIN_ERRORS,
  type DomainError,
  type DomainErrorCode,
  type LocalizedText,
} from '@lifecert/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { requestLang } from './i18n.ts';

// Codes that only exist at the HTTP edge; the domain's own codes and messages live in core.
const HTTP_ERRORS = {
  validation_failed: {
    status: 400,
    message: {
      'zh-CN': '提交的信息格式不正确，请检查后重试。',
      en: 'The request is not valid; please check and try again.',
    },
  },
  malformed_request: {
    status: 400,
    message: { 'zh-CN': '请求无法解析。', en: 'The request could not be read.' },
  },
  payload_too_large: {
    status: 413,
    message: { 'zh-CN': '上传的内容过大。', en: 'The upload is too large.' },
  },
  rate_limited: {
    status: 429,
    message: {
      'zh-CN': '操作过于频繁，请稍后再试。',
      en: 'Too many requests; please try again later.',
    },
  },
  database_unavailable: {
    status: 503,
    message: {
      'zh-CN': '服务暂时不可用，请稍后再试。',
      en: 'The service is unavailable; please try again later.',
    },
  },
  internal: {
    status: 500,
    message: {
      'zh-CN': '系统出现问题，请稍后再试或到经办机构办理。',
      en: 'Something went wrong; please try again later or visit an office.',
    },
  },
} as const satisfies Record<string, { status: number; message: LocalizedText }>;

/** The one table from domain error codes to HTTP statuses. */
const DOMAIN_STATUS: Record<DomainErrorCode, number> = {
  id_empty: 400,
  id_bad_format: 400,
  id_bad_check_digit: 400,
  id_bad_region: 400,
  id_bad_birth_date: 400,
  id_wrong_document_type: 400,
  name_invalid: 400,
  mobile_invalid: 400,
  field_required: 400,
  field_too_long: 400,
  value_not_allowed: 400,
  date_invalid: 400,
  residence_region_required: 400,
  residence_region_invalid: 400,
  staff_role_not_allowed_in_organisation: 422,
  campaign_dates_invalid: 422,
  home_visit_no_people: 422,
  home_visit_outside_service_area: 422,
  home_visit_date_out_of_range: 422,
  home_visit_too_many_people: 422,
  home_visit_already_booked: 409,
  home_visit_not_open: 409,
  home_visit_people_unmarked: 409,
  home_visit_person_already_marked: 409,
  home_visit_not_certified: 409,
  home_visit_payment_mismatch: 422,
  home_visit_no_courier: 409,
  campaign_not_open: 409,
  not_eligible: 409,
  already_certified: 409,
  attempt_limit_reached: 423,
  not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  conflict: 409,
  login_locked: 423,
  password_incorrect: 403,
  password_not_allowed: 400,
  contact_required: 409,
  benefits_terminated: 409,
  no_reference_photo: 409,
  challenge_expired: 410,
  challenge_used: 409,
  self_service_unavailable: 503,
  face_check_failed: 503,
  recording_step_unknown: 400,
  deadline_not_passed: 409,
  batch_not_draft: 409,
  certification_blocked_deceased: 403,
  photo_unreadable: 422,
  photo_no_face: 422,
  photo_multiple_faces: 422,
  photo_face_too_small: 422,
  photo_not_frontal: 422,
  photo_too_dark: 422,
  photo_too_blurry: 422,
  photo_check_unavailable: 503,
  approval_pending: 409,
  not_pending: 409,
  four_eyes_required: 403,
  info_change_empty: 422,
  info_change_stale: 409,
  documents_incomplete: 422,
  id_number_taken: 409,
  scan_type_not_allowed: 415,
  scan_too_large: 413,
  scan_unreadable: 422,
  overseas_document_too_old: 422,
  overseas_document_issued_in_future: 422,
  overseas_document_wrong_region: 422,
  paper_proof_wrong_residence: 409,
  paper_proof_pending: 409,
  paper_proof_decided: 409,
  paper_proof_own_record: 403,
  offsite_form_reference_invalid: 404,
  pdf_font_missing: 503,
  report_too_large: 422,
};

type HttpErrorCode = keyof typeof HTTP_ERRORS;
export type ErrorCode = HttpErrorCode | DomainErrorCode;

export type ErrorBody = {
  error: { code: string; message: string; messages: LocalizedText; details?: unknown };
};

/** Thrown by routes; carries a code from the tables above, never internals. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** Turns a domain failure value into the thrown form routes use. */
export const fromDomain = (e: DomainError, details?: Record<string, unknown>): AppError =>
  new AppError(e.code, e.field ? { field: e.field, ...details } : details);

function lookup(code: ErrorCode): { status: number; message: LocalizedText } {
  if (Object.hasOwn(HTTP_ERRORS, code)) return HTTP_ERRORS[code as HttpErrorCode];
  const domain = code as DomainErrorCode;
  return { status: DOMAIN_STATUS[domain], message: DOMAIN_ERRORS[domain].message };
}

export function errorBody(req: FastifyRequest, code: ErrorCode, details?: unknown): ErrorBody {
  const { message } = lookup(code);
  return { error: { code, message: message[requestLang(req)], messages: message, details } };
}

export function sendError(
  req: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  details?: unknown,
) {
  return reply.status(lookup(code).status).send(errorBody(req, code, details));
}

function classify(err: FastifyError): { code: ErrorCode; details?: unknown } {
  if (err instanceof AppError) return { code: err.code, details: err.details };
  if (hasZodFastifySchemaValidationErrors(err)) {
    return {
      code: 'validation_failed',
      // fastify-type-provider-zod 7 puts the path in instancePath and its code in keyword.
      details: err.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        rule: v.keyword,
      })),
    };
  }
  if (err.validation) {
    return {
      code: 'validation_failed',
      details: err.validation.map((v) => ({ field: v.instancePath, rule: v.keyword })),
    };
  }
  if (err.statusCode === 429) return { code: 'rate_limited' };
  if (err.statusCode === 413) return { code: 'payload_too_large' };
  if (err.statusCode === 404) return { code: 'not_found' };
  if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
    return { code: 'malformed_request' };
  }
  return { code: 'internal' };
}

export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const { code, details } = classify(err);
    if (code === 'internal') req.log.error({ err }, 'unhandled error');
    return sendError(req, reply, code, details);
  });
  app.setNotFoundHandler((req, reply) => sendError(req, reply, 'not_found'));
}
