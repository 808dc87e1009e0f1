import type { LoginResponse } from '../api/types.ts';

// The token lives in sessionStorage only: it dies with the tab and never travels as a cookie.
const KEY = 'lifecert.session';

export type Session = {
  token: string;
  expiresAt: string;
  name: string;
  mustChangePassword: boolean;
  contactComplete: boolean;
};

export function sessionFromLogin(res: LoginResponse): Session {
  return { token: res.token, expiresAt: res.expiresAt, ...res.person };
}

// Expiry is left to the server: old phones often have a wrong clock, and a 401 brings the person
// back to the login screen anyway.
export function loadSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Session;
    if (typeof s.token !== 'string') {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return s;
  } catch {
    sessionStorage.removeItem(KEY);
    return null;
  }
}

export function saveSession(s: Session | null): void {
  if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
  else sessionStorage.removeItem(KEY);
}
