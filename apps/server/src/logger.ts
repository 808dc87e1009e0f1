import type { FastifyServerOptions } from 'fastify';

// Long digit runs (ID numbers, bank references) and mainland mobiles must never reach the logs,
// not even inside a URL or an error message.
const ID_LIKE = /\d{6,}[\dXx]?|\b[HMhm]\d{8,10}\b/g;

export function scrubText(text: string): string {
  return text.replace(ID_LIKE, '***');
}

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.idNumber',
  '*.id_number',
  '*.mobile',
  '*.password',
  '*.photo',
  '*.image',
  '*.embedding',
  '*.frames',
];

export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req(req: { method: string; url: string; id: string }) {
        return { id: req.id, method: req.method, url: scrubText(req.url) };
      },
      res(res: { statusCode: number }) {
        return { statusCode: res.statusCode };
      },
      err(err: Error & { code?: string; statusCode?: number }) {
        return {
          type: err.name,
          code: err.code,
          statusCode: err.statusCode,
          message: scrubText(err.message),
          stack: scrubText(err.stack ?? ''),
        };
      },
    },
  };
}
