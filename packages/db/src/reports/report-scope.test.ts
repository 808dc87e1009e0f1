import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type RawBuilder,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../schema.ts';
import { pensionerScopeCondition } from '../staff/scoped-pensioners.ts';
import { reportScopeCondition } from './report-scope.ts';

// The reports share the staff scope rule but keep their plain predicate on `p` (a semi-join
// was measured slower on 200,000 people): the compiled SQL shows both.
const compiler = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const compiled = (b: RawBuilder<unknown>) => {
  const { sql, parameters } = b.compile(compiler);
  return { sql: sql.replace(/\s+/g, ' ').trim(), parameters };
};

describe('reportScopeCondition', () => {
  it('is the staff rule as a plain predicate on the alias p', () => {
    expect(compiled(reportScopeCondition({ kind: 'district', districtCode: '410302' }))).toEqual({
      sql: '"p"."district_code" = $1',
      parameters: ['410302'],
    });
    expect(compiled(reportScopeCondition({ kind: 'bank', payingBankCode: 'ICBC' }))).toEqual({
      sql: '"p"."paying_bank_code" = $1',
      parameters: ['ICBC'],
    });
    expect(compiled(reportScopeCondition({ kind: 'all' })).sql).toBe('true');
  });

  it('matches nobody for couriers and accounts without a scope', () => {
    expect(compiled(reportScopeCondition({ kind: 'booked_visits', courierOrgId: 'x' })).sql).toBe(
      'false',
    );
    expect(compiled(reportScopeCondition({ kind: 'none' })).sql).toBe('false');
  });
});

describe('pensionerScopeCondition', () => {
  it('applies the courier rule to the table or alias given', () => {
    const plain = compiled(pensionerScopeCondition({ kind: 'booked_visits', courierOrgId: 'c' })!);
    expect(plain.sql).toContain('hp.pensioner_id = "pensioners"."id"');
    expect(plain.parameters).toEqual(['c']);
    const aliased = pensionerScopeCondition({ kind: 'booked_visits', courierOrgId: 'c' }, 'p')!;
    expect(compiled(aliased).sql).toContain('hp.pensioner_id = "p"."id"');
  });

  it('is null for a scope that holds nobody, so the query is skipped', () => {
    expect(pensionerScopeCondition({ kind: 'none' })).toBeNull();
  });
});
