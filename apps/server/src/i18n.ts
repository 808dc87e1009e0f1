import type { FastifyRequest } from 'fastify';

export type Lang = 'zh-CN' | 'en';
export type Localised = Record<Lang, string>;

/** Simplified Chinese unless the client asks for English (`?lang=en` wins over Accept-Language). */
export function requestLang(req: FastifyRequest): Lang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'en' || q === 'zh-CN') return q;
  const header = req.headers['accept-language'];
  if (typeof header === 'string') {
    const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
    if (first.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
