/** The ways a certification can reach the agency; every certification records one. */
export const CHANNELS = [
  'self_service',
  'counter',
  'employer',
  'bank',
  'home_visit',
  'offsite_form',
  'overseas_document',
  'in_person_id_check',
] as const;

export type Channel = (typeof CHANNELS)[number];

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
