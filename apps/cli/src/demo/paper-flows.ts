import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Profile } from '@lifecert/config';
import { documentTypesForRegion, shanghaiDate, type Clock } from '@lifecert/core';
import { getCampaignByYear, recordPaperProof, type Database } from '@lifecert/db';
import type { Kysely } from 'kysely';

// Paper proofs on the demo system: one stamped offsite form and one overseas document, recorded
// by the demo counter clerk and awaiting the reviewer. The "scans" are drawn here (a sheet with a
// red stamp), never taken from real documents.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer): number => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** A made-up scan: an off-white sheet with ruled lines and a red round stamp, as a PNG. */
export const demoScanPng = (width = 480, height = 340): Buffer => {
  const rows: Buffer[] = [];
  const [cx, cy, r] = [width * 0.72, height * 0.68, height * 0.18];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const d = Math.hypot(x - cx, y - cy);
      const ring = Math.abs(d - r) < 3 || (d < r * 0.3 && Math.abs(x - cx) < r * 0.3);
      const line = y > 40 && y % 34 === 0 && x > 30 && x < width - 30;
      const [red, green, blue] = ring ? [200, 30, 30] : line ? [150, 150, 150] : [250, 248, 240];
      row.set([red, green, blue], 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

export async function seedPaperFlowsDemo(
  db: Kysely<Database>,
  profile: Profile,
  clock: Clock,
): Promise<void> {
  const now = clock.now();
  const today = shanghaiDate(now);
  const campaign = await getCampaignByYear(db, Number(today.slice(0, 4)));
  const counter = await db
    .selectFrom('staff_accounts')
    .select('id')
    .where('username', '=', 'counter')
    .executeTakeFirst();
  if (!campaign || !counter) return;
  const uncertified = (residence: 'elsewhere' | 'abroad') =>
    db
      .selectFrom('pensioners as p')
      .select(['p.id', 'p.residence_region'])
      .where('p.residence', '=', residence)
      .where('p.benefit_status', '=', 'active')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('certifications as c')
              .select('c.id')
              .whereRef('c.pensioner_id', '=', 'p.id')
              .where('c.campaign_id', '=', campaign.id),
          ),
        ),
      )
      .orderBy('p.id_number')
      .executeTakeFirst();
  const elsewhere = await uncertified('elsewhere');
  const abroad = await uncertified('abroad');
  const scan = { contentType: 'image/png' as const, data: new Uint8Array(demoScanPng()) };
  await db.transaction().execute(async (trx) => {
    if (elsewhere) {
      await recordPaperProof(trx, {
        id: randomUUID(),
        kind: 'offsite_form',
        pensionerId: elsewhere.id,
        campaignId: campaign.id,
        delivery: 'post',
        receivedOn: today,
        recordedBy: counter.id,
        recordedAtMs: now,
        scan,
      });
    }
    const region = abroad?.residence_region;
    const type = region && documentTypesForRegion(profile.overseas, region).documents[0];
    if (abroad && region && type) {
      await recordPaperProof(trx, {
        id: randomUUID(),
        kind: 'overseas_document',
        pensionerId: abroad.id,
        campaignId: campaign.id,
        delivery: 'post',
        receivedOn: today,
        overseas: {
          region,
          documentType: type.code,
          issuingBody: type.issuer['zh-CN'],
          issuedOn: shanghaiDate(now - 20 * 86_400_000),
        },
        recordedBy: counter.id,
        recordedAtMs: now,
        scan,
      });
    }
  });
}
