import type { StaffRole } from '@lifecert/core';
import type { Database } from '@lifecert/db';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { pensionerScopeOf, type PensionerScope } from '@lifecert/core';
import { organisationChain, staffOfSession, type SessionStaff } from '@lifecert/db';
import { AppError } from '../errors.ts';
import { bearerHash } from './session-token.ts';

export type StaffAuth = SessionStaff & { tokenHash: string; scope: PensionerScope };

declare module 'fastify' {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    staffAuth: StaffAuth | null;
  }
}

/** Staff sessions last one working day; they do not slide, so a forgotten console logs out. */
export const STAFF_SESSION_TTL_MS = 9 * 60 * 60_000;

/**
 * A preHandler admitting live staff sessions of the given roles: 401 without one, 403 for any
 * other role. The scope is resolved here, once, so no handler can forget it.
 */
export const requireStaff =
  (roles: readonly StaffRole[]) =>
  async (req: FastifyRequest): Promise<void> => {
    const tokenHash = bearerHash(req);
    if (!tokenHash) throw new AppError('unauthenticated');
    const { db, clock } = req.server.deps;
    const staff = await resolveStaff(db, tokenHash, clock.now());
    if (!staff) throw new AppError('unauthenticated');
    if (!roles.includes(staff.role)) throw new AppError('forbidden');
    req.staffAuth = staff;
  };

/** The staff member behind a live session, with the scope their role and organisation give. */
export const resolveStaff = async (
  db: Kysely<Database>,
  tokenHash: string,
  nowMs: number,
): Promise<StaffAuth | undefined> => {
  const staff = await staffOfSession(db, tokenHash, nowMs);
  if (!staff) return undefined;
  const scope = pensionerScopeOf(staff.role, await organisationChain(db, staff.organisationId));
  return { ...staff, tokenHash, scope };
};

/** The staff member requireStaff admitted; a route without the preHandler fails loudly. */
export const staffOf = (req: FastifyRequest): StaffAuth => {
  if (!req.staffAuth) throw new Error('staff route registered without requireStaff');
  return req.staffAuth;
};
