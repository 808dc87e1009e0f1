import {
  buildProgressReport,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  labelOf,
  progressTables,
  PROGRESS_TABLES,
  RESIDENCE_LABELS,
  rolesAllowed,
  type GroupProgress,
  type LocalizedText,
  type Locale,
  type ProgressTableName,
} from '@lifecert/core';
import { appendAudit, campaignProgressCells } from '@lifecert/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { requestLang } from '../../i18n.ts';
import { STAFF_CONSOLE } from '../staff/staff-console.ts';
import { sendExport, type ExportFormat } from './export-reply.ts';
import { reportContext } from './report-context.ts';
import { ProgressCsvQuery, ProgressQuery, ProgressReply } from './schemas.ts';

const labelled = (
  groups: readonly GroupProgress[],
  labels: Readonly<Record<string, LocalizedText>>,
  lang: Locale,
) => groups.map((g) => ({ ...g, label: labelOf(labels, g.key, lang) }));

export function progressRoutes(app: AppInstance): void {
  const readers = rolesAllowed('reports.read');

  const load = async (
    req: FastifyRequest,
    q: { year?: number | undefined; district?: string | undefined },
  ) => {
    const staff = staffOf(req);
    const ctx = await reportContext(app.deps, q.year);
    const { cells, days } = await campaignProgressCells(
      app.deps.db,
      ctx.reportCampaign,
      ctx.rules,
      ctx.nowMs,
      staff.scope,
      q.district ? { districtCode: q.district } : {},
    );
    // A district clerk's report lists only their district, not every district at zero.
    const order =
      staff.scope.kind === 'all' && !q.district ? ctx.order : { ...ctx.order, districts: [] };
    return { staff, ctx, report: buildProgressReport(cells, days, order) };
  };

  app.get(
    '/api/staff/reports/progress',
    {
      schema: {
        tags: ['staff'],
        summary: 'Campaign progress in your scope by district, category, residence, channel, day',
        querystring: ProgressQuery,
        response: { 200: ProgressReply },
      },
      preHandler: requireStaff(readers),
    },
    async (req) => {
      const lang = requestLang(req);
      const { staff, ctx, report } = await load(req, req.query);
      return {
        campaign: {
          year: ctx.campaign.year,
          state: ctx.campaign.status,
          windowStart: ctx.campaign.window_start,
          windowEnd: ctx.campaign.window_end,
        },
        campaigns: ctx.campaigns.map((c) => ({ year: c.year, state: c.status })),
        asOf: new Date(ctx.nowMs).toISOString(),
        scope: staff.scope.kind,
        overall: report.overall,
        byDistrict: labelled(report.byDistrict, ctx.districtNames, lang),
        byCategory: labelled(report.byCategory, CATEGORY_LABELS, lang),
        byResidence: labelled(report.byResidence, RESIDENCE_LABELS, lang),
        byChannel: report.byChannel.map((c) => ({
          ...c,
          label: labelOf(CHANNEL_LABELS, c.channel, lang),
        })),
        byDay: report.byDay,
      };
    },
  );

  const exportProgress = async (
    format: ExportFormat,
    req: FastifyRequest,
    query: { year?: number | undefined; district?: string | undefined; table?: ProgressTableName },
    reply: FastifyReply,
  ) => {
    const lang = requestLang(req);
    const { staff, ctx, report } = await load(req, query);
    const tables = progressTables(report, lang, ctx.districtNames);
    const chosen =
      format === 'csv' ? [tables[query.table!]] : PROGRESS_TABLES.map((t) => tables[t]);
    await app.deps.db.transaction().execute((trx) =>
      appendAudit(trx, {
        actor: { kind: 'staff', id: staff.staffId },
        channel: STAFF_CONSOLE,
        action: 'report.exported',
        entity: 'campaign',
        entityId: ctx.campaign.id,
        at: new Date(ctx.nowMs),
        details: {
          report: 'progress',
          format,
          tables: chosen.map((t) => t.name),
          year: ctx.campaign.year,
          scope: staff.scope.kind,
          ...(query.district ? { district: query.district } : {}),
        },
      }),
    );
    const stem = `progress-${ctx.campaign.year}${format === 'csv' ? `-${query.table}` : ''}`;
    return sendExport(reply, format, stem, chosen, lang);
  };

  app.get(
    '/api/staff/reports/progress.csv',
    {
      schema: {
        tags: ['staff'],
        summary: 'One progress table as CSV (UTF-8 with BOM); headers in zh-CN unless lang=en',
        querystring: ProgressCsvQuery,
      },
      preHandler: requireStaff(readers),
    },
    (req, reply) => exportProgress('csv', req, req.query, reply),
  );

  app.get(
    '/api/staff/reports/progress.xlsx',
    {
      schema: {
        tags: ['staff'],
        summary: 'Every progress table as one XLSX workbook, a sheet each',
        querystring: ProgressQuery,
      },
      preHandler: requireStaff(readers),
    },
    (req, reply) => exportProgress('xlsx', req, req.query, reply),
  );
}
