import type { PensionerScope, PhotoMeasures } from '@lifecert/core';
import type { Kysely } from 'kysely';
import { requestFields, requestQueue, type RequestRow } from '../four-eyes/request-queue.ts';
import type { Database } from '../schema.ts';
import { photoDb } from './schema.ts';
import { pensionerScopeCondition } from '../staff/scoped-pensioners.ts';

export type PhotoEnrolmentRow = RequestRow & {
  source: 'camera' | 'upload';
  reason: string;
  quality: PhotoMeasures;
  /** whether the candidate photo can still be shown (rejected photos are deleted) */
  hasPhoto: boolean;
};

const enrolments = (db: Kysely<Database>) =>
  photoDb(db)
    .selectFrom('photo_enrolments as e')
    .innerJoin('pensioners as p', 'p.id', 'e.pensioner_id')
    .innerJoin('staff_accounts as r', 'r.id', 'e.requested_by')
    .leftJoin('staff_accounts as d', 'd.id', 'e.decided_by')
    .select([
      'e.id',
      'e.pensioner_id',
      'p.name as pensioner_name',
      'e.source',
      'e.reason',
      'e.quality',
      'e.status',
      'e.requested_by',
      'r.display_name as requested_by_name',
      'e.requested_at',
      'e.decided_by',
      'd.display_name as decided_by_name',
      'e.decided_at',
      'e.decision_reason',
      'e.photo_id',
    ]);

type Raw = Awaited<ReturnType<ReturnType<typeof enrolments>['execute']>>[number];

const toRow = (r: Raw): PhotoEnrolmentRow => ({
  ...requestFields(r),
  source: r.source,
  reason: r.reason,
  quality: r.quality,
  hasPhoto: r.photo_id !== null,
});

const queue = requestQueue(enrolments, 'e', toRow);

/** Enrolments of people inside the scope, oldest first (the order they should be decided in). */
export const listPhotoEnrolments = queue.list;

/** One enrolment when its person is inside the scope. */
export const getPhotoEnrolment = queue.get;

/** A person's enrolments, newest first: the history on the person's page. */
export const photoEnrolmentsOf = queue.of;

/** The candidate photo of an enrolment (scope already checked by the caller). */
export const enrolmentPhotoJpeg = async (
  db: Kysely<Database>,
  enrolmentId: string,
): Promise<Uint8Array | undefined> => {
  const r = await photoDb(db)
    .selectFrom('photo_enrolments as e')
    .innerJoin('reference_photos as f', 'f.id', 'e.photo_id')
    .select('f.jpeg')
    .where('e.id', '=', enrolmentId)
    .executeTakeFirst();
  // Empty once the retention job erased a replaced photo: answered like a rejected one.
  return r && r.jpeg.length > 0 ? r.jpeg : undefined;
};

/** The photo self-service matches a person against, if any. */
export const activePhotoOf = async (
  db: Kysely<Database>,
  pensionerId: string,
): Promise<{ id: string; jpeg: Uint8Array; enrolledAt: Date } | undefined> => {
  const r = await db
    .selectFrom('reference_photos')
    .select(['id', 'jpeg', 'enrolled_at'])
    .where('pensioner_id', '=', pensionerId)
    .where('active', '=', true)
    .executeTakeFirst();
  return r && { id: r.id, jpeg: r.jpeg, enrolledAt: r.enrolled_at };
};

export type MissingPhotoRow = {
  id: string;
  name: string;
  districtCode: string;
  mobile: string | null;
  pending: boolean;
};

/**
 * People inside the scope with no active reference photo (self-service cannot work for them),
 * for outreach; terminated benefits are left out. Paged by name.
 */
export const listMissingPhotos = async (
  db: Kysely<Database>,
  scope: PensionerScope,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: MissingPhotoRow[] }> => {
  const inScope = pensionerScopeCondition(scope, 'p');
  if (!inScope) return { total: 0, rows: [] };
  const base = photoDb(db)
    .selectFrom('pensioners as p')
    .where('p.benefit_status', '<>', 'terminated')
    .where(inScope)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('reference_photos as f')
            .select('f.id')
            .whereRef('f.pensioner_id', '=', 'p.id')
            .where('f.active', '=', true),
        ),
      ),
    );
  const { n } = await base
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .select(['p.id', 'p.name', 'p.district_code', 'p.mobile'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('photo_enrolments as e')
            .select('e.id')
            .whereRef('e.pensioner_id', '=', 'p.id')
            .where('e.status', '=', 'pending'),
        )
        .as('pending'),
    )
    .orderBy('p.name')
    .orderBy('p.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return {
    total: Number(n),
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      districtCode: r.district_code,
      mobile: r.mobile,
      pending: Boolean(r.pending),
    })),
  };
};
