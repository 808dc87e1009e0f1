import { hashToken } from '@lifecert/core';
import { pensionerOfSession } from '@lifecert/db';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,100})$/;

/** The hash of the request's bearer token, or null without a well-formed one. */
export const bearerHash = (req: FastifyRequest): string | null => {
  const m = BEARER.exec(req.headers.authorization ?? '');
  return m ? hashToken(m[1]!) : null;
};

export type PensionerAuth = { pensionerId: string; tokenHash: string };

/** The logged-in pensioner, from the session table (no server memory); 401 otherwise. */
export const requirePensioner = async (req: FastifyRequest): Promise<PensionerAuth> => {
  const tokenHash = bearerHash(req);
  if (!tokenHash) throw new AppError('unauthenticated');
  const { db, clock } = req.server.deps;
  const pensionerId = await pensionerOfSession(db, tokenHash, clock.now());
  if (!pensionerId) throw new AppError('unauthenticated');
  return { pensionerId, tokenHash };
};
