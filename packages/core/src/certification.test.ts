import { describe, expect, it } from 'vitest';
import { CHANNEL_METHODS, isMethodAllowed } from './certification.ts';
import { CHANNELS } from './channels.ts';

describe('channel methods', () => {
  it('lets only channels with a camera or a clerk record a face certification', () => {
    const faceChannels = CHANNELS.filter((c) => isMethodAllowed(c, 'face'));
    expect(faceChannels).toEqual(['self_service', 'counter', 'employer', 'bank', 'home_visit']);
    expect(isMethodAllowed('offsite_form', 'face')).toBe(false);
    expect(isMethodAllowed('overseas_document', 'document')).toBe(true);
    for (const channel of CHANNELS) expect(CHANNEL_METHODS[channel].length).toBeGreaterThan(0);
  });
});
