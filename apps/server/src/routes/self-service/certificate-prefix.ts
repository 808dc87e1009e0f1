import type { Profile } from '@lifecert/config';

/** Letters that open every certificate number of the jurisdiction, from its profile. */
export const certificatePrefixOf = (profile: Profile): string => profile.certificates.prefix;
