import {
  canStaff,
  labelOf,
  maskMobile,
  pendingTable,
  rolesAllowed,
  type LocalizedText,
  type Locale,
  type PendingPerson,
} from '@lifecert/core';
import { appendAudit, pendingPeople, type PendingRow } from '@lifecert/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf, type StaffAuth } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { requestLang } from '../../i18n.ts';
import { maskIdNumber } from '../self-service/me-routes.ts';
import { STAFF_CONSOLE } from '../staff/staff-console.ts';
import { sendExport, type ExportFormat } from './export-reply.ts';
import { reportContext } from './report-context.ts';
import { PendingFilterQuery, PendingQuery, PendingReply } from './schemas.ts';

/** Exports are built in memory; a city-wide list past this is exported district by district. */
export const PENDING_EXPORT_MAX = 100_000;

type Filters = z.infer<typeof PendingFilterQuery>;

// ID numbers are always masked: the list is for phoning, and the person's page (audited) is
// one click away. Mobile and address are shown in full only to roles that do the phoning.
const shown = (row: PendingRow, full: boolean): PendingPerson => ({
  ...row,
  idNumber: maskIdNumber(row.idNumber),
  mobile: full ? row.mobile : maskMobile(row.mobile),
  address: full ? row.address : null,
});

const filtersOf = (q: Filters) => ({
  ...(q.district ? { districtCode: q.district } : {}),
  ...(q.category ? { category: q.category } : {}),
  ...(q.residence ? { residence: q.residence } : {}),
  ...(q.status?.length ? { statuses: q.status } : {}),
});

// What was asked, for the audit log: codes only, never a name or a number.
const auditFilters = (q: Filters) => ({
  district: q.district ?? null,
  category: q.category ?? null,
  residence: q.residence ?? null,
  status: q.status ?? ['pending', 'overdue'],
});

export function pendingRoutes(app: AppInstance): void {
  const readers = rolesAllowed('reports.read');
  const fullContact = (staff: StaffAuth) => canStaff(staff.role, 'reports.contact_details');

  const audit = (
    staff: StaffAuth,
    campaignId: string,
    atMs: number,
    action: string,
    details: Record<string, unknown>,
  ) =>
    app.deps.db.transaction().execute((trx) =>
      appendAudit(trx, {
        actor: { kind: 'staff', id: staff.staffId },
        channel: STAFF_CONSOLE,
        action,
        entity: 'campaign',
        entityId: campaignId,
        at: new Date(atMs),
        details: { ...details, scope: staff.scope.kind },
      }),
    );

  const labelledRow = (
    p: PendingPerson,
    districtNames: Record<string, LocalizedText>,
    lang: Locale,
  ) => ({ ...p, district: labelOf(districtNames, p.districtCode, lang) });

  // The list page and the exports read the same people, each with its own page size.
  const loadPending = async (
    req: FastifyRequest,
    q: Filters,
    page: { limit: number; offset: number },
  ) => {
    const staff = staffOf(req);
    const ctx = await reportContext(app.deps, q.year);
    const { total, rows } = await pendingPeople(
      app.deps.db,
      ctx.reportCampaign,
      ctx.rules,
      ctx.nowMs,
      staff.scope,
      { ...filtersOf(q), ...page },
    );
    return { staff, lang: requestLang(req), ctx, full: fullContact(staff), total, rows };
  };

  app.get(
    '/api/staff/reports/pending',
    {
      schema: {
        tags: ['staff'],
        summary: 'People in your scope still to certify, for outreach (paginated)',
        querystring: PendingQuery,
        response: { 200: PendingReply },
      },
      preHandler: requireStaff(readers),
    },
    async (req) => {
      const q = req.query;
      const { staff, lang, ctx, full, total, rows } = await loadPending(req, q, {
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      await audit(staff, ctx.campaign.id, ctx.nowMs, 'report.pending_viewed', {
        year: ctx.campaign.year,
        filters: auditFilters(q),
        page: q.page,
        rows: rows.length,
        contactDetails: full ? 'full' : 'masked',
      });
      return {
        campaign: { year: ctx.campaign.year },
        total,
        page: q.page,
        pageSize: q.pageSize,
        contactDetails: full ? ('full' as const) : ('masked' as const),
        rows: rows.map((r) => labelledRow(shown(r, full), ctx.districtNames, lang)),
      };
    },
  );

  const exportPending = async (
    format: ExportFormat,
    req: FastifyRequest,
    q: Filters,
    reply: FastifyReply,
  ) => {
    const { staff, lang, ctx, full, total, rows } = await loadPending(req, q, {
      limit: PENDING_EXPORT_MAX + 1,
      offset: 0,
    });
    if (total > PENDING_EXPORT_MAX) {
      throw new AppError('report_too_large', { total, max: PENDING_EXPORT_MAX });
    }
    await audit(staff, ctx.campaign.id, ctx.nowMs, 'report.exported', {
      report: 'pending',
      format,
      year: ctx.campaign.year,
      filters: auditFilters(q),
      rows: rows.length,
      contactDetails: full ? 'full' : 'masked',
    });
    const table = pendingTable(
      rows.map((r) => shown(r, full)),
      lang,
      ctx.districtNames,
    );
    return sendExport(reply, format, `pending-${ctx.campaign.year}`, [table], lang);
  };

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/api/staff/reports/pending.${format}`,
      {
        schema: {
          tags: ['staff'],
          summary: `The whole pending list as ${format.toUpperCase()} (audited)`,
          querystring: PendingFilterQuery,
        },
        preHandler: requireStaff(readers),
      },
      (req, reply) => exportPending(format, req, req.query, reply),
    );
  }
}
