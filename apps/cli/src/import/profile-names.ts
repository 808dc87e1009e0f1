import type { Profile } from '@lifecert/config';

/** Displayed names (zh-CN and en) of the profile's districts and banks, mapped to their codes. */
export type CodeNames = {
  district: ReadonlyMap<string, string>;
  bank: ReadonlyMap<string, string>;
};

// Agency exports often carry 涧西区 or 中国工商银行洛阳分行 where the registry wants a code.
export const codeNamesOf = (profile: Pick<Profile, 'districts' | 'payingBanks'>): CodeNames => ({
  district: new Map(
    profile.districts.flatMap((d) => [
      [d.name['zh-CN'], d.code],
      [d.name.en.toLowerCase(), d.code],
    ]),
  ),
  bank: new Map(
    profile.payingBanks.flatMap((b) => [
      [b.name['zh-CN'], b.code],
      [b.name.en.toLowerCase(), b.code],
    ]),
  ),
});

export const NO_CODE_NAMES: CodeNames = { district: new Map(), bank: new Map() };

export const codeOrName = (names: ReadonlyMap<string, string>, value: string): string => {
  const v = value.normalize('NFKC').trim();
  return names.get(v) ?? names.get(v.toLowerCase()) ?? v;
};
