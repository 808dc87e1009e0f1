import type { Lang } from '../i18n/i18n.ts';

// Dates and times are shown in the agency's zone: the person and the office must agree on a day.
const ZONE = 'Asia/Shanghai';

export function formatDate(iso: string, lang: Lang): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00+08:00`) : new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: ZONE }).format(d);
}

export function formatDateTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: ZONE,
  }).format(d);
}

/** Fen to yuan without trailing zeros: 2500 -> "25", 2050 -> "20.5". */
export function yuan(fen: number): string {
  return String(fen / 100);
}
