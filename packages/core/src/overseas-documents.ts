/**
 * Which kind of proof of life a person living abroad must send depends on where they live
 * (the 2015 notice 领外函〔2015〕660号 and the reference process).
 */
export const OVERSEAS_REGION_KINDS = [
  'diplomatic_relations',
  'no_diplomatic_relations',
  'hong_kong',
  'macao',
  'taiwan',
] as const;
export type OverseasRegionKind = (typeof OVERSEAS_REGION_KINDS)[number];

/** `region` is an ISO 3166-1 alpha-2 code; HK, MO and TW have their own rules. */
export const overseasRegionKind = (
  region: string,
  countriesWithoutRelations: readonly string[],
): OverseasRegionKind => {
  const code = region.toUpperCase();
  if (code === 'HK') return 'hong_kong';
  if (code === 'MO') return 'macao';
  if (code === 'TW') return 'taiwan';
  return countriesWithoutRelations.includes(code)
    ? 'no_diplomatic_relations'
    : 'diplomatic_relations';
};
