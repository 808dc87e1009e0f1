import { syntheticPensioner } from '@lifecert/db';
import { describe, expect, it } from 'vitest';
import { duplicateFilter } from './duplicates.ts';
import type { ValidRecord } from './validate-record.ts';

const record = (i: number, name?: string): ValidRecord => {
  const row = syntheticPensioner(i);
  return { row: name === undefined ? row : { ...row, name }, employerCode: null };
};

describe('duplicateFilter', () => {
  it('merges identical repeats and rejects every line of a conflicting ID, wherever it appears', () => {
    const f = duplicateFilter();
    f.add(2, record(1));
    f.add(3, record(2));
    f.add(4, record(1)); // identical to line 2 so far...
    f.add(5, record(3));
    f.add(6, record(1, 'other')); // ...but this one disagrees: lines 2, 4 and 6 all go
    f.add(7, record(3)); // identical repeat: merged
    const out = f.finish();
    expect(out.lines).toEqual([3, 5]);
    expect(out.records.map((r) => r.row.idNumber)).toEqual([
      syntheticPensioner(2).idNumber,
      syntheticPensioner(3).idNumber,
    ]);
    expect(out.merged).toBe(1);
    expect(
      out.errors.map((e) => [e.line, e.code]).sort((a, b) => Number(a[0]) - Number(b[0])),
    ).toEqual([
      [2, 'duplicate_conflicting'],
      [4, 'duplicate_conflicting'],
      [6, 'duplicate_conflicting'],
    ]);
  });

  it('treats a different employer code as conflicting data', () => {
    const f = duplicateFilter();
    f.add(2, record(1));
    f.add(3, { ...record(1), employerCode: 'E1' });
    expect(f.finish()).toMatchObject({ records: [], merged: 0 });
  });
});
