import type { Channel } from './channels.ts';

/** How the person's being alive was established. */
export const CERTIFICATION_METHODS = ['face', 'id_check', 'document', 'form'] as const;
export type CertificationMethod = (typeof CERTIFICATION_METHODS)[number];

// Which methods a channel can produce: a mailed form can never count as a face check, which
// matters because only face certifications earn next year's exemption.
export const CHANNEL_METHODS: Readonly<Record<Channel, readonly CertificationMethod[]>> = {
  self_service: ['face'],
  counter: ['face', 'id_check'],
  employer: ['face', 'id_check'],
  bank: ['face', 'id_check'],
  home_visit: ['face', 'id_check'],
  offsite_form: ['form'],
  overseas_document: ['document'],
  in_person_id_check: ['id_check'],
};

export const isMethodAllowed = (channel: Channel, method: CertificationMethod): boolean =>
  CHANNEL_METHODS[channel].includes(method);

export type Certification = {
  id: string;
  pensionerId: string;
  campaignYear: number;
  channel: Channel;
  method: CertificationMethod;
  /** staff account that performed or accepted it; null for self-service */
  operatorId: string | null;
  /** epoch ms */
  certifiedAt: number;
  certificateNo: string;
  /** face match score when the method is face */
  matchScore: number | null;
};
