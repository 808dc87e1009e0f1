import {
  selfServiceSituation,
  shanghaiDate,
  validateMobile,
  validateName,
  validateText,
  DOMAIN_ERRORS,
} from '@lifecert/core';
import {
  appendAudit,
  createSelfServiceStore,
  getPensionerById,
  updatePensionerContact,
} from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { requirePensioner } from '../../auth/session-token.ts';
import { AppError } from '../../errors.ts';
import { requestLang } from '../../i18n.ts';
import { ContactBody, MeReply } from './schemas.ts';
import { benefitNoticeOf } from '../benefit-notice.ts';
import { campaignView } from '../campaign-view.ts';

const ADDRESS_MAX = 200;

/** First three and last four characters: enough to recognise one's own number on a shared phone. */
export const maskIdNumber = (id: string): string =>
  `${id.slice(0, 3)}${'*'.repeat(Math.max(0, id.length - 7))}${id.slice(-4)}`;

export function meRoutes(app: AppInstance): void {
  app.get(
    '/api/self/me',
    {
      schema: {
        tags: ['self-service'],
        summary: "This year's status, attempts, contact details and certification history",
        response: { 200: MeReply },
      },
    },
    async (req) => {
      const auth = await requirePensioner(req);
      const { db, profile, clock } = app.deps;
      const p = await getPensionerById(db, auth.pensionerId);
      if (!p) throw new AppError('unauthenticated');
      const store = createSelfServiceStore(db);
      const person = await store.person(p.id);
      const now = clock.now();
      const s = await selfServiceSituation(
        store,
        person!,
        {
          attemptLimit: profile.selfService.attemptLimit,
          coveredSchemes: profile.campaign.coveredSchemes,
        },
        now,
      );
      const history = await store.certifications(p.id);
      return {
        name: p.name,
        maskedIdNumber: maskIdNumber(p.id_number),
        contact:
          p.contact_name && p.mobile && p.address
            ? { contactName: p.contact_name, mobile: p.mobile, address: p.address }
            : null,
        ...campaignView(s),
        history: history.map((c) => ({
          date: shanghaiDate(c.certifiedAtMs),
          channel: c.channel,
          certificateNo: c.certificateNo,
        })),
        benefitNotice: await benefitNoticeOf(db, p.id, requestLang(req)),
        residence: p.residence,
      };
    },
  );

  app.put(
    '/api/self/contact',
    {
      schema: {
        tags: ['self-service'],
        summary: 'Save contact person, mobile number and detailed address',
        body: ContactBody,
      },
    },
    async (req, reply) => {
      const auth = await requirePensioner(req);
      const checks = {
        contactName: validateName(req.body.contactName),
        mobile: validateMobile(req.body.mobile),
        address: validateText(req.body.address, ADDRESS_MAX),
      };
      const errors = Object.entries(checks).flatMap(([field, r]) =>
        r.ok
          ? []
          : [{ field, code: r.error, message: DOMAIN_ERRORS[r.error].message[requestLang(req)] }],
      );
      if (errors.length > 0) {
        throw new AppError(errors[0]!.code, { field: errors[0]!.field, errors });
      }
      const value = (r: (typeof checks)[keyof typeof checks]) => (r.ok ? r.value : '');
      await app.deps.db.transaction().execute(async (trx) => {
        await updatePensionerContact(trx, auth.pensionerId, {
          contactName: value(checks.contactName),
          mobile: value(checks.mobile),
          address: value(checks.address),
        });
        await appendAudit(trx, {
          actor: { kind: 'pensioner', id: auth.pensionerId },
          channel: 'self_service',
          action: 'contact.updated',
          entity: 'pensioner',
          entityId: auth.pensionerId,
          at: new Date(app.deps.clock.now()),
          // Which fields, never their values: the mobile number is personal data.
          details: { fields: ['contactName', 'mobile', 'address'] },
        });
      });
      return reply.status(204).send();
    },
  );
}
