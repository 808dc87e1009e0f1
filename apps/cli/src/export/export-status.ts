import {
  campaignRules,
  campaignStatus,
  formatShanghai,
  type CampaignRules,
  type InsuranceScheme,
  type StatusCertification,
} from '@lifecert/core';
import {
  campaignStatusInputs,
  getCampaignByYear,
  type Database,
  type StatusInput,
} from '@lifecert/db';
import type { Kysely } from 'kysely';
import { csvLine, UTF8_BOM, type LineSink } from '../import/csv-writer.ts';
import { STATUS_ZH } from './status-labels.ts';

export const STATUS_COLUMNS = [
  'campaign_year',
  'id_type',
  'id_number',
  'name',
  'category',
  'district_code',
  'residence',
  'benefit_status',
  'status',
  'status_zh',
  'reason',
  'certified_at',
  'channel',
  'method',
  'last_face_at',
] as const;

export class CampaignNotFoundError extends Error {
  override name = 'CampaignNotFoundError';
  constructor(readonly year: number) {
    super(`no campaign for ${year} / 没有 ${year} 年度的认证期`);
  }
}

export type ExportStatusOptions = {
  year: number;
  /** Schemes the jurisdiction's campaigns cover (from the profile). */
  coveredSchemes: readonly InsuranceScheme[];
  /** Status as of this instant (epoch ms). */
  nowMs: number;
  pageSize?: number;
};

const identities = async (db: Kysely<Database>, ids: string[]) => {
  const rows = await db
    .selectFrom('pensioners')
    .select(['id', 'id_type', 'id_number', 'name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
};

const certificationsOf = (input: StatusInput): StatusCertification[] => {
  const certs: StatusCertification[] = [];
  if (input.certifiedAtMs !== null && input.certifiedMethod !== null) {
    certs.push({ certifiedAtMs: input.certifiedAtMs, method: input.certifiedMethod });
  }
  if (input.lastFaceAtMs !== null)
    certs.push({ certifiedAtMs: input.lastFaceAtMs, method: 'face' });
  return certs;
};

const time = (ms: number | null) => (ms === null ? '' : formatShanghai(ms));

/**
 * Writes one CSV line per pensioner with their status in the campaign, page by page, so the
 * registry is never in memory at once. The file holds ID numbers: it is for the agency's own
 * systems, never for logs.
 */
export const exportCampaignStatus = async (
  db: Kysely<Database>,
  sink: LineSink,
  opts: ExportStatusOptions,
): Promise<{ rows: number; byStatus: Record<string, number> }> => {
  const campaign = await getCampaignByYear(db, opts.year);
  if (!campaign) throw new CampaignNotFoundError(opts.year);
  const rules: CampaignRules = campaignRules(
    {
      year: campaign.year,
      windowStart: campaign.window_start,
      windowEnd: campaign.window_end,
      cutoff: campaign.cutoff_date,
      exemptionDate: campaign.exemption_date,
    },
    opts.coveredSchemes,
  );
  const byStatus: Record<string, number> = {};
  let rows = 0;
  await sink.write(UTF8_BOM + csvLine(STATUS_COLUMNS));
  const pages = campaignStatusInputs(
    db,
    campaign,
    opts.pageSize ? { pageSize: opts.pageSize } : {},
  );
  for await (const page of pages) {
    const who = await identities(
      db,
      page.map((p) => p.pensionerId),
    );
    let chunk = '';
    for (const input of page) {
      const person = who.get(input.pensionerId);
      // Deleted between the two queries: nothing true can be said about it.
      if (!person) continue;
      const { status, reason } = campaignStatus(
        {
          scheme: input.scheme,
          benefitStatus: input.benefitStatus,
          benefitsStartMs: input.benefitsStartMs,
        },
        rules,
        certificationsOf(input),
        opts.nowMs,
      );
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      rows++;
      chunk += csvLine([
        campaign.year,
        person.id_type,
        person.id_number,
        person.name,
        input.category,
        input.districtCode,
        input.residence,
        input.benefitStatus,
        status,
        STATUS_ZH[status],
        reason,
        time(input.certifiedAtMs),
        input.certifiedChannel,
        input.certifiedMethod,
        time(input.lastFaceAtMs),
      ]);
    }
    await sink.write(chunk);
  }
  return { rows, byStatus };
};
