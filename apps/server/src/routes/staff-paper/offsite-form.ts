import { currentCampaignYear, offsiteFormReference } from '@lifecert/core';
import { appendAudit, type Pensioner } from '@lifecert/db';
import type { AppDeps } from '../../deps.ts';
import { renderOffsiteFormPdf } from './offsite-form-pdf.ts';
import { todayOf } from './record-proof.ts';

/**
 * The person's offsite form for this year's campaign, with the printing audited (the form carries
 * the full ID number). The same form whether staff print it or the person downloads it.
 */
export const offsiteFormOf = async (
  deps: AppDeps,
  p: Pensioner,
  by: { kind: 'staff' | 'pensioner'; id: string },
): Promise<{ pdf: Buffer; year: number }> => {
  const year = currentCampaignYear(deps.clock.now());
  const profile = deps.profile;
  const district = profile.districts.find((d) => d.code === p.district_code);
  const pdf = await renderOffsiteFormPdf({
    title: profile.offsiteForm.name['zh-CN'],
    campaignYear: year,
    agencyName: profile.reviewSection.name['zh-CN'],
    person: {
      name: p.name,
      // The agency of the place of residence checks the form against the ID card.
      idNumber: p.id_number,
      district: district?.name['zh-CN'] ?? p.district_code,
      residenceRegion: p.residence_region,
      mobile: p.mobile,
      address: p.address,
    },
    obtainFrom: profile.offsiteForm.obtainFrom['zh-CN'],
    mailTo: {
      name: profile.reviewSection.name['zh-CN'],
      address: profile.reviewSection.postalAddress['zh-CN'],
      postcode: profile.reviewSection.postcode,
    },
    reference: offsiteFormReference(deps.settings.noticeSecret, p.id, year),
    printedOn: todayOf(deps),
  });
  await deps.db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor: by,
      channel: 'offsite_form',
      action: 'offsite_form.printed',
      entity: 'pensioner',
      entityId: p.id,
      at: new Date(deps.clock.now()),
      details: { year },
    }),
  );
  return { pdf, year };
};

export const PDF_HEADERS = (year: number) => ({
  'content-type': 'application/pdf',
  'content-disposition': `attachment; filename="offsite-form-${year}.pdf"`,
  'cache-control': 'no-store',
});
