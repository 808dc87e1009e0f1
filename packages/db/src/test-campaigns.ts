/**
 * A campaign row on the reference calendar, for tests: window 1 July - 31 October, cut-off at
 * the end of the year before, exempt when benefits start on or after 1 January.
 */
export const referenceCampaign = (year: number) => ({
  year,
  window_start: `${year}-07-01`,
  window_end: `${year}-10-31`,
  cutoff_date: `${year - 1}-12-31`,
  exemption_date: `${year}-01-01`,
});
