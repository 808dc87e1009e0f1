import { describe, expect, it } from 'vitest';
import {
  checkIssueDate,
  checkOverseasDocument,
  checkReview,
  checkScan,
  documentTypesForRegion,
  offsiteFormReference,
  readOffsiteFormReference,
  SCAN_MAX_BYTES,
  type OverseasRules,
} from './index.ts';

const text = (s: string) => ({ 'zh-CN': s, en: s });
const RULES: OverseasRules = {
  countriesWithoutRelations: ['PY', 'VA'],
  documents: [
    { code: 'embassy', regionKind: 'diplomatic_relations', issuer: text('e'), name: text('e') },
    { code: 'notary', regionKind: 'no_diplomatic_relations', issuer: text('n'), name: text('n') },
    { code: 'hk-union', regionKind: 'hong_kong', issuer: text('h'), name: text('h') },
    { code: 'mo-union', regionKind: 'macao', issuer: text('m'), name: text('m') },
    { code: 'mo-civic', regionKind: 'macao', issuer: text('c'), name: text('c') },
    { code: 'tw-notary', regionKind: 'taiwan', issuer: text('t'), name: text('t') },
  ],
  deliveryMethods: ['proxy', 'post'],
  documentMaxAgeDays: 180,
};

describe('documentTypesForRegion', () => {
  it.each([
    ['US', 'diplomatic_relations', ['embassy']],
    ['py', 'no_diplomatic_relations', ['notary']],
    ['HK', 'hong_kong', ['hk-union']],
    ['MO', 'macao', ['mo-union', 'mo-civic']],
    ['TW', 'taiwan', ['tw-notary']],
  ])('%s is %s and accepts %j', (region, kind, codes) => {
    const r = documentTypesForRegion(RULES, region);
    expect(r.regionKind).toBe(kind);
    expect(r.documents.map((d) => d.code)).toEqual(codes);
  });
});

describe('checkIssueDate', () => {
  it('accepts the day of receipt and exactly the window', () => {
    expect(checkIssueDate('2018-06-01', '2018-06-01', 180).ok).toBe(true);
    expect(checkIssueDate('2017-12-03', '2018-06-01', 180).ok).toBe(true);
  });
  it('refuses a document one day older than the window', () => {
    expect(checkIssueDate('2017-12-02', '2018-06-01', 180)).toEqual({
      ok: false,
      error: 'overseas_document_too_old',
    });
  });
  it('refuses a document issued after it was received', () => {
    expect(checkIssueDate('2018-06-02', '2018-06-01', 180)).toEqual({
      ok: false,
      error: 'overseas_document_issued_in_future',
    });
  });
  it.each(['2018-02-30', '2018-6-1', '', 'yesterday'])('refuses the date %j', (d) => {
    expect(checkIssueDate(d, '2018-06-01', 180)).toEqual({ ok: false, error: 'date_invalid' });
  });
});

describe('checkOverseasDocument', () => {
  const base = { delivery: 'post', issuedOn: '2018-05-01', receivedOn: '2018-06-01' };
  it('accepts the Macao civic bureau proof from Macao', () => {
    const r = checkOverseasDocument(RULES, { ...base, region: 'MO', documentType: 'mo-civic' });
    expect(r).toMatchObject({ ok: true, value: { regionKind: 'macao' } });
  });
  it('refuses an embassy certificate from a country without relations', () => {
    const r = checkOverseasDocument(RULES, { ...base, region: 'VA', documentType: 'embassy' });
    expect(r).toEqual({ ok: false, error: 'overseas_document_wrong_region' });
  });
  it('refuses an unknown type and an unknown delivery', () => {
    expect(checkOverseasDocument(RULES, { ...base, region: 'US', documentType: 'x' }).ok).toBe(
      false,
    );
    expect(
      checkOverseasDocument(RULES, {
        ...base,
        delivery: 'fax',
        region: 'US',
        documentType: 'embassy',
      }),
    ).toEqual({ ok: false, error: 'value_not_allowed' });
  });
  it('applies the window from the rules', () => {
    const r = checkOverseasDocument(
      { ...RULES, documentMaxAgeDays: 30 },
      { ...base, region: 'TW', documentType: 'tw-notary' },
    );
    expect(r).toEqual({ ok: false, error: 'overseas_document_too_old' });
  });
});

describe('checkReview (four eyes)', () => {
  const pending = { state: 'pending' as const, recordedBy: 'clerk' };
  it('refuses the recorder', () => {
    expect(checkReview(pending, 'clerk', { approve: true })).toEqual({
      ok: false,
      error: 'paper_proof_own_record',
    });
  });
  it('lets another member of staff approve, once', () => {
    expect(checkReview(pending, 'reviewer', { approve: true })).toEqual({
      ok: true,
      value: { reason: null },
    });
    expect(checkReview({ ...pending, state: 'approved' }, 'reviewer', { approve: true })).toEqual({
      ok: false,
      error: 'paper_proof_decided',
    });
  });
  it('requires a rejection reason of 4-200 characters', () => {
    expect(checkReview(pending, 'r', { approve: false, reason: ' 印章 ' }).ok).toBe(false);
    expect(checkReview(pending, 'r', { approve: false, reason: 'x'.repeat(201) }).ok).toBe(false);
    expect(checkReview(pending, 'r', { approve: false, reason: ' 未加盖公章 ' })).toEqual({
      ok: true,
      value: { reason: '未加盖公章' },
    });
  });
});

describe('checkScan', () => {
  const withMagic = (magic: number[]) => Uint8Array.from([...magic, 1, 2, 3]);
  it('reads the type from the bytes', () => {
    expect(checkScan(withMagic([0xff, 0xd8, 0xff, 0xe0]))).toEqual({
      ok: true,
      value: 'image/jpeg',
    });
    expect(checkScan(withMagic([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({
      ok: true,
      value: 'image/png',
    });
    expect(checkScan(new TextEncoder().encode('%PDF-1.7\n'))).toEqual({
      ok: true,
      value: 'application/pdf',
    });
  });
  it('refuses other files, empty files and files over the limit', () => {
    expect(checkScan(new TextEncoder().encode('GIF89a'))).toEqual({
      ok: false,
      error: 'scan_type_not_allowed',
    });
    expect(checkScan(new Uint8Array())).toEqual({ ok: false, error: 'field_required' });
    const big = new Uint8Array(SCAN_MAX_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(checkScan(big)).toEqual({ ok: false, error: 'scan_too_large' });
  });
});

describe('offsite form reference', () => {
  const id = '0190a0b4-5f4e-7c3a-9d2e-1b2c3d4e5f60';
  it('reads back the person and year, and nothing from another secret or an altered one', () => {
    const ref = offsiteFormReference('secret-a', id, 2018);
    expect(ref).not.toContain('4103');
    expect(readOffsiteFormReference('secret-a', ref)).toEqual({ pensionerId: id, year: 2018 });
    expect(readOffsiteFormReference('secret-b', ref)).toBeNull();
    expect(readOffsiteFormReference('secret-a', ref.replace('2018', '2019'))).toBeNull();
    expect(readOffsiteFormReference('secret-a', 'garbage')).toBeNull();
  });
});
