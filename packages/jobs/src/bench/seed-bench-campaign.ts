import { sql, type Kysely } from 'kysely';
import type { Database } from '@lifecert/db';

// A synthetic registry shaped like a campaign's last week, written with set-based SQL so a
// million people seed in seconds: 95% certified by some channel (a few after the last reminder
// day), some exempt by an earlier face check, some with a proof under review, 90% with a mobile.

export const seedBenchCampaign = async (db: Kysely<Database>, n: number): Promise<string> => {
  await sql`
    insert into pensioners (id_type, id_number, name, category, scheme, district_code,
      paying_bank_code, bank_account_ref, benefits_start, residence, mobile, benefit_status,
      row_hash, monthly_amount_fen)
    select 'resident_id', 'B' || lpad(i::text, 17, '0'), '测试' || i,
      (array['enterprise_retiree','flexible_retiree','enterprise_survivor','institution_retiree'])[1 + i % 4],
      case when i % 4 = 3 then 'public_institution' else 'enterprise_employee' end,
      (array['410302','410303','410304','410305','410307','410311','410323','410381'])[1 + i % 8],
      (array['ICBC','BOC','CCB','BOCOM','BLY'])[1 + i % 5], '****' || lpad((i % 10000)::text, 4, '0'),
      case when i % 40 = 1 then date '2018-03-01' else date '2010-01-01' + (i % 2000) end,
      'local', case when i % 10 = 0 then null else '139' || lpad((i % 100000000)::text, 8, '0') end,
      case when i % 97 = 0 then 'terminated' else 'active' end, 'bench', 200000 + i % 100000
    from generate_series(1, ${n}) as i`.execute(db);
  const campaign = await db
    .insertInto('campaigns')
    .values({
      year: 2018,
      window_start: '2018-07-01',
      window_end: '2018-10-31',
      cutoff_date: '2017-12-31',
      exemption_date: '2018-01-01',
      status: 'open',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const other = await db
    .insertInto('campaigns')
    .values({
      year: 2017,
      window_start: '2017-07-01',
      window_end: '2017-10-31',
      cutoff_date: '2016-12-31',
      exemption_date: '2017-01-01',
      status: 'closed',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    insert into certifications (pensioner_id, campaign_id, channel, method, certified_at,
      certificate_no)
    select p.id, ${campaign.id},
      (array['self_service','counter','bank','employer','home_visit'])[1 + h % 5],
      case when h % 5 in (0, 4) then 'face' else 'id_check' end,
      timestamptz '2018-07-01 02:00:00+00' + (h % 122) * interval '1 day',
      'BENCH-' || p.id
    from (select id, abs(hashtext(id::text)) as h from pensioners) p
    where p.h % 20 <> 0`.execute(db);
  // Of the 5% uncertified: a fifth exempt by a spring face check, a tenth under review.
  await sql`
    insert into certifications (pensioner_id, campaign_id, channel, method, certified_at,
      certificate_no)
    select p.id, ${other.id}, 'self_service', 'face', timestamptz '2018-03-01 02:00:00+00',
      'BENCH-2017-' || p.id
    from (select id, abs(hashtext(id::text)) as h from pensioners) p
    where p.h % 20 = 0 and p.h % 100 < 20`.execute(db);
  await sql`
    insert into pending_reviews (pensioner_id, campaign_id, kind, opened_at)
    select p.id, ${campaign.id}, 'overseas_document', timestamptz '2018-10-20 02:00:00+00'
    from (select id, abs(hashtext(id::text)) as h from pensioners) p
    where p.h % 20 = 0 and p.h % 100 between 20 and 29`.execute(db);
  await sql`analyze`.execute(db);
  return campaign.id;
};
