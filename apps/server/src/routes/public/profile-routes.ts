import { currentCampaignYear } from '@lifecert/core';
import { getCampaignByYear } from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { PublicProfile, publicProfileOf } from './help-info.ts';

export function publicRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/public/profile',
    {
      schema: {
        tags: ['public'],
        summary: 'What the help page needs: campaign window, who must certify, where to go',
        response: { 200: PublicProfile },
      },
    },
    async () => {
      const { db, profile, clock } = app.deps;
      const year = currentCampaignYear(clock.now());
      const c = await getCampaignByYear(db, year);
      return publicProfileOf(
        profile,
        year,
        c && {
          year,
          windowStart: c.window_start,
          windowEnd: c.window_end,
          cutoff: c.cutoff_date,
          exemptionDate: c.exemption_date,
        },
      );
    },
  );
  return Promise.resolve();
}
