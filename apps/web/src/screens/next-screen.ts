import type { Session } from '../session/session.ts';

/** Where a person goes after logging in or finishing a set-up step: one decision per screen. */
export function nextAfterLogin(s: Pick<Session, 'mustChangePassword' | 'contactComplete'>): string {
  if (s.mustChangePassword) return '/password';
  if (!s.contactComplete) return '/contact';
  return '/me';
}
