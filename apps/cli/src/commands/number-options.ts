import { InvalidArgumentError } from 'commander';

// Option parsers: commander reports their errors as "option '--x <n>' argument 'abc' is invalid",
// so a typo stops the command before any work instead of reaching the engine as NaN.

export const positiveInt = (text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
};

export const finiteNumber = (text: string): number => {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n))
    throw new InvalidArgumentError('expected a number');
  return n;
};
