import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { finiteNumber, positiveInt } from './number-options.ts';

describe('numeric option parsers', () => {
  it('takes whole numbers of at least 1 for counts', () => {
    expect(positiveInt('2')).toBe(2);
    for (const bad of ['abc', '', '0', '-1', '1.5', 'NaN', 'Infinity']) {
      expect(() => positiveInt(bad)).toThrow(InvalidArgumentError);
    }
  });

  it('takes finite numbers for thresholds and scales', () => {
    expect(finiteNumber('0.936')).toBe(0.936);
    expect(finiteNumber('-0.5')).toBe(-0.5);
    for (const bad of ['0.9x', '', ' ', 'NaN', 'Infinity']) {
      expect(() => finiteNumber(bad)).toThrow(InvalidArgumentError);
    }
  });
});
