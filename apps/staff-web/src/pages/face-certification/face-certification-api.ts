// Replies of /api/staff/pensioners/:id/face-certification (apps/server/src/routes/staff/
// face-certification-routes.ts). Frames are the pensioner app's capture format.
import type { Action, ChallengeResponse, Frame } from '../../../../web/src/api/types.ts';

export type { Action, ChallengeResponse, Frame };

export type AssistedReason = {
  code: string;
  message: string;
  step?: number;
  action?: Action;
  why?: string;
};

export type AssistedRecordingReply = {
  decision: 'pass' | 'fail';
  reasons: AssistedReason[];
  channel: string;
  certificate?: { number: string; date: string; photoUrl: string };
};

export const challengesPath = (personId: string) =>
  `/api/staff/pensioners/${encodeURIComponent(personId)}/face-certification/challenges`;

export const recordingPath = (personId: string, challengeId: string) =>
  `${challengesPath(personId)}/${encodeURIComponent(challengeId)}/recording`;
