import {
  DOMAIN_ERRORS,
  hashToken,
  matchesInitialPassword,
  validateNewPassword,
} from '@lifecert/core';
import {
  appendAudit,
  closeOtherPensionerSessions,
  closeSession,
  getPensionerById,
  pensionerOfSession,
  setPensionerPassword,
} from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { logIn } from '../../auth/log-in.ts';
import { resolveSelfService } from '../../auth/self-service-settings.ts';
import { requirePensioner } from '../../auth/session-token.ts';
import { AppError } from '../../errors.ts';
import { requestLang } from '../../i18n.ts';
import { benefitNoticeOf } from '../benefit-notice.ts';
import { helpAgencyOf } from '../public/help-info.ts';
import { LoginBody, LoginReply, PasswordBody } from './schemas.ts';

export function sessionRoutes(app: AppInstance): void {
  const cfg = resolveSelfService(app.deps);

  app.post(
    '/api/self/login',
    {
      schema: {
        tags: ['self-service'],
        summary: 'Log in with ID number and password (initially its last six characters)',
        body: LoginBody,
        response: { 200: LoginReply },
      },
    },
    async (req) => {
      const r = await logIn(app.deps, cfg, { ...req.body, clientKey: req.ip });
      if (r.ok) {
        const { db, clock } = app.deps;
        const pensionerId = await pensionerOfSession(db, hashToken(r.value.token), clock.now());
        return {
          token: r.value.token,
          expiresAt: new Date(r.value.expiresAtMs).toISOString(),
          person: {
            ...r.value.person,
            benefitNotice: pensionerId
              ? await benefitNoticeOf(db, pensionerId, requestLang(req))
              : null,
          },
        };
      }
      if (r.error.code === 'login_locked') {
        const help = helpAgencyOf(app.deps.profile);
        const lang = requestLang(req);
        throw new AppError('login_locked', {
          retryAt: new Date(r.error.retryAtMs!).toISOString(),
          help: {
            name: help.name[lang],
            ...(help.address ? { address: help.address[lang] } : {}),
            message: DOMAIN_ERRORS.login_locked.message[lang],
          },
        });
      }
      throw new AppError(r.error.code);
    },
  );

  app.post(
    '/api/self/logout',
    { schema: { tags: ['self-service'], summary: 'End this session' } },
    async (req, reply) => {
      const auth = await requirePensioner(req);
      await app.deps.db.transaction().execute(async (trx) => {
        await closeSession(trx, auth.tokenHash);
        await appendAudit(trx, {
          actor: { kind: 'pensioner', id: auth.pensionerId },
          channel: 'self_service',
          action: 'session.closed',
          entity: 'pensioner',
          entityId: auth.pensionerId,
          at: new Date(app.deps.clock.now()),
        });
      });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/self/password',
    {
      schema: {
        tags: ['self-service'],
        summary: 'Change the password (6-32 characters, not the initial one)',
        body: PasswordBody,
      },
    },
    async (req, reply) => {
      const auth = await requirePensioner(req);
      const person = await getPensionerById(app.deps.db, auth.pensionerId);
      if (!person) throw new AppError('unauthenticated');
      const currentOk = person.password_hash
        ? await cfg.passwords.verify(person.password_hash, req.body.current)
        : matchesInitialPassword(person.id_number, req.body.current);
      if (!currentOk) throw new AppError('password_incorrect', { field: 'current' });
      const next = validateNewPassword(req.body.next, person.id_number);
      if (!next.ok) throw new AppError(next.error, { field: 'next' });
      const hash = await cfg.passwords.hash(next.value);
      await app.deps.db.transaction().execute(async (trx) => {
        await setPensionerPassword(trx, person.id, hash);
        await closeOtherPensionerSessions(trx, person.id, auth.tokenHash);
        await appendAudit(trx, {
          actor: { kind: 'pensioner', id: person.id },
          channel: 'self_service',
          action: 'password.changed',
          entity: 'pensioner',
          entityId: person.id,
          at: new Date(app.deps.clock.now()),
        });
      });
      return reply.status(204).send();
    },
  );
}
