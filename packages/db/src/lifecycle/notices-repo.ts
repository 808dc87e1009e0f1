import { sql, type Kysely } from 'kysely';
import type { NoticeKind, NoticeLookup, NoticeRecord } from '@lifecert/core';
import type { Database } from '../schema.ts';

/** The notice-code check's port, backed by the delivery log. */
export const noticeLookup = (db: Kysely<Database>): NoticeLookup => ({
  async findByCode(code: string): Promise<NoticeRecord[]> {
    const { rows } = await sql<{
      id: string;
      kind: NoticeKind;
      year: number;
      sent_at_ms: number | null;
    }>`
      select n.id, n.kind, c.year, (extract(epoch from n.sent_at) * 1000)::float8 as sent_at_ms
      from sms_notices n join campaigns c on c.id = n.campaign_id
      where n.code = ${code}
      order by n.created_at desc
      limit 20`.execute(db);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      campaignYear: r.year,
      sentAtMs: r.sent_at_ms,
    }));
  },
});
