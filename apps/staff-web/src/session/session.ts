import type { StaffMe } from '../api/types.ts';

// sessionStorage only: the token dies with the tab, never travels as a cookie, and a shared
// counter PC forgets the clerk when the browser closes.
const KEY = 'lifecert.staff.session';

export type StaffSession = { token: string; expiresAt: string; staff: StaffMe };

export function loadSession(): StaffSession | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as StaffSession;
    if (typeof s.token === 'string' && s.staff) return s;
  } catch {
    // unreadable: treated as logged out
  }
  sessionStorage.removeItem(KEY);
  return null;
}

export function saveSession(s: StaffSession | null): void {
  if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
  else sessionStorage.removeItem(KEY);
}
