/** 13812345678 -> 138****5678: enough for a developer to tell messages apart, not to call. */
export const maskMobile = (mobile: string): string =>
  mobile.length >= 7 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : '****';
