/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access,
   @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call,
   @typescript-eslint/no-unsafe-return -- these tests write wrong shapes into raw JSON on purpose */
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE_PATH, loadProfile, parseProfile, ProfileError } from './load-profile.ts';

const rawDefault = JSON.parse(await readFile(DEFAULT_PROFILE_PATH, 'utf8')) as Record<string, any>;

/** Applies `edit` to a fresh copy of the shipped profile and returns the issues it causes. */
const issuesAfter = (edit: (p: Record<string, any>) => void) => {
  const copy = structuredClone(rawDefault);
  edit(copy);
  try {
    parseProfile(copy, 'edited.json');
  } catch (error) {
    if (error instanceof ProfileError) return error.issues;
    throw error;
  }
  return [];
};

describe('profile validation', () => {
  it('accepts the shipped profile and freezes it', async () => {
    const profile = await loadProfile();
    expect(profile.id).toBe('luoyang-2018');
    expect(Object.isFrozen(profile.agencies[0]!.counters)).toBe(true);
    expect(() => {
      (profile.homeVisit as { perPersonFen: number }).perPersonFen = 1;
    }).toThrow(TypeError);
  });

  it('names the path of each bad field', () => {
    // The other references to the district then fail too, each at its own path.
    expect(issuesAfter((p) => (p.districts[2].code = '41030'))).toEqual([
      { path: 'districts[2].code', message: 'expected a 6-digit GB/T 2260 code' },
      { path: 'agencies[3].districtCode', message: 'unknown district 410304' },
      { path: 'homeVisit.serviceArea[2]', message: 'unknown district 410304' },
    ]);
    expect(issuesAfter((p) => (p.agencies[0].counters[3].services = []))).toMatchObject([
      { path: 'agencies[0].counters[3].services' },
    ]);
    expect(issuesAfter((p) => delete p.payingBanks[1].name.en)).toMatchObject([
      { path: 'payingBanks[1].name.en' },
    ]);
    expect(issuesAfter((p) => (p.homeVisit.colour = 'red'))).toMatchObject([{ path: 'homeVisit' }]);
    expect(issuesAfter((p) => (p.selfService.attemptLimit = 0))).toMatchObject([
      { path: 'selfService.attemptLimit' },
    ]);
    expect(issuesAfter((p) => (p.campaign.windowEnd.monthDay = '02-29'))).toEqual([
      { path: 'campaign.windowEnd.monthDay', message: 'not a day of every year' },
      { path: 'campaign.windowEnd', message: 'inconsistent campaign dates' },
    ]);
  });

  it('checks references and consistency across sections', () => {
    expect(issuesAfter((p) => p.homeVisit.serviceArea.push('410102'))).toEqual([
      { path: 'homeVisit.serviceArea[15]', message: 'unknown district 410102' },
    ]);
    expect(issuesAfter((p) => (p.districts[0].code = '410102'))).toEqual(
      expect.arrayContaining([
        { path: 'districts[0].code', message: 'district 410102 is not in city 410300' },
      ]),
    );
    expect(issuesAfter((p) => (p.reviewSection.agencyCode = 'nowhere'))).toMatchObject([
      { path: 'reviewSection.agencyCode' },
    ]);
    expect(issuesAfter((p) => (p.payingBanks[4].code = p.payingBanks[0].code))).toMatchObject([
      { path: 'payingBanks[4].code', message: 'duplicate bank code' },
    ]);
    expect(issuesAfter((p) => (p.agencies[0].counters[1].code = 'C05'))).toMatchObject([
      { path: 'agencies[0].counters[1].code' },
    ]);
    expect(issuesAfter((p) => (p.homeVisit.reducedPerPersonFen = 3000))).toMatchObject([
      { path: 'homeVisit.reducedPerPersonFen' },
    ]);
    expect(issuesAfter((p) => (p.campaign.windowEnd.monthDay = '06-30'))).toMatchObject([
      { path: 'campaign.windowEnd', message: 'inconsistent campaign dates' },
    ]);
    expect(
      issuesAfter((p) => {
        p.overseas.documents = p.overseas.documents.filter(
          (d: { regionKind: string }) => d.regionKind !== 'taiwan',
        );
      }),
    ).toEqual([{ path: 'overseas.documents', message: 'no document accepted for taiwan' }]);
  });

  it('reports broken structure as issues, never as a crash', () => {
    const edits: Array<(p: Record<string, any>) => void> = [
      (p) => (p.districts = 'all of them'),
      (p) => (p.homeVisit = null),
      (p) => (p.campaign = {}),
      (p) => (p.overseas.documents = 5),
      (p) => (p.agencies[0].counters = [null]),
      (p) => delete p.city,
    ];
    for (const edit of edits) expect(issuesAfter(edit).length).toBeGreaterThan(0);
    expect(() => parseProfile([], 'array.json')).toThrow(ProfileError);
  });

  it('reports unreadable files and bad JSON with the file path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lifecert-profile-'));
    const missing = join(dir, 'missing.json');
    await expect(loadProfile(missing)).rejects.toThrow(/missing\.json.*ENOENT/s);
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"id": ');
    await expect(loadProfile(broken)).rejects.toThrow(/broken\.json.*not valid JSON/s);
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ ...rawDefault, timeZone: 'Europe/Paris' }));
    await expect(loadProfile(bad)).rejects.toThrow(/bad\.json:\n {2}- timeZone: /);
  });
});
