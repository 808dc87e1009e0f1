import type { Profile } from '@lifecert/config';

/**
 * Letters that open every certificate number of the jurisdiction. The profile has no field for
 * it yet, so it is derived from the profile id's first word ("luoyang-2018" → "LY"): its first
 * letter and the initial of its second pinyin syllable when there is one, else its
 * first two letters.
 */
export const certificatePrefixOf = (profile: Profile): string => {
  // Greedy first syllable: initial, vowels, optional n/ng; the next consonant starts syllable two.
  const word = (profile.id.split('-')[0] ?? '').replace(/[^a-z]/gi, '').toUpperCase();
  if (word.length === 0) return 'LC';
  const syllable =
    /^(?:ZH|CH|SH|[BPMFDTNLGKHJQXRZCSYW])?[AEIOUV]+N?G?(?:R)?([BPMFDTNLGKHJQXRZCSYW]H?)/.exec(word);
  if (syllable?.[1]) return `${word[0]}${syllable[1][0]}`;
  return word.slice(0, 2);
};
