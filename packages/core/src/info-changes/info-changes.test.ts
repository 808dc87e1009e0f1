import { describe, expect, it } from 'vitest';
import { checkPresentation, diffInfoChange, requiredDocuments, type InfoValues } from './index.ts';

const rules = { districtCodes: new Set(['410302']), bankCodes: new Set(['ICBC', 'BOC']) };
const current: InfoValues = {
  name: '张三',
  idType: 'resident_id',
  idNumber: '410302195001010015',
  contactName: null,
  mobile: '13800000000',
  address: '某路1号',
  residence: 'local',
  residenceRegion: null,
  payingBankCode: 'ICBC',
  bankAccountRef: 'R-1',
};

describe('diffInfoChange', () => {
  it('normalises and keeps old and new values of changed fields only', () => {
    const r = diffInfoChange(current, { mobile: '+86 139-0000-0000', name: '张三' }, rules);
    expect(r).toEqual({
      ok: true,
      changes: [{ field: 'mobile', old: '13800000000', new: '13900000000' }],
    });
  });
  it('refuses a request that changes nothing', () => {
    expect(diffInfoChange(current, { name: ' 张三 ' }, rules)).toEqual({
      ok: false,
      errors: [{ code: 'info_change_empty' }],
    });
  });
  it('validates each changed field with the registry rules', () => {
    const r = diffInfoChange(current, { mobile: '12345', payingBankCode: 'XYZ', name: '1' }, rules);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.field).sort()).toEqual([
      'mobile',
      'name',
      'payingBankCode',
    ]);
  });
  it('needs a region when moving abroad and drops it when coming home', () => {
    expect(diffInfoChange(current, { residence: 'abroad' }, rules)).toEqual({
      ok: false,
      errors: [{ code: 'residence_region_required', field: 'residenceRegion' }],
    });
    const abroad = { ...current, residence: 'abroad', residenceRegion: 'CA' };
    expect(diffInfoChange(abroad, { residence: 'local' }, rules)).toEqual({
      ok: true,
      changes: [
        { field: 'residence', old: 'abroad', new: 'local' },
        { field: 'residenceRegion', old: 'CA', new: null },
      ],
    });
  });
  it('checks a corrected ID number against its type', () => {
    expect(diffInfoChange(current, { idNumber: '410302195001010016' }, rules)).toMatchObject({
      ok: false,
      errors: [{ code: 'id_bad_check_digit', field: 'idNumber' }],
    });
    expect(diffInfoChange(current, { idNumber: ' 410302195001010023 ' }, rules)).toEqual({
      ok: true,
      changes: [{ field: 'idNumber', old: '410302195001010015', new: '410302195001010023' }],
    });
  });
  it('clears an optional field given as empty', () => {
    expect(diffInfoChange(current, { address: '' }, rules)).toEqual({
      ok: true,
      changes: [{ field: 'address', old: '某路1号', new: null }],
    });
  });
});

describe('checkPresentation', () => {
  it('needs the pensioner’s ID in person, the proxy’s ID and full copies by proxy', () => {
    expect(requiredDocuments('in_person', false)).toEqual(['pensioner_id_original']);
    expect(requiredDocuments('proxy', true)).toEqual([
      'proxy_id_original',
      'pensioner_id_copy_all_pages',
      'new_id_document',
    ]);
  });
  it('refuses a proxy without their own ID or a valid identity', () => {
    const r = checkPresentation({
      channel: 'proxy',
      documents: ['pensioner_id_copy_all_pages'],
      proxy: { name: '李四', idType: 'resident_id', idNumber: '123' },
      identityChange: false,
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.map((e) => e.code)).toEqual(['documents_incomplete', 'id_bad_format']);
  });
  it('records a complete proxy presentation in checklist order', () => {
    const r = checkPresentation({
      channel: 'proxy',
      documents: ['pensioner_id_copy_all_pages', 'proxy_id_original'],
      proxy: { name: '李四', idType: 'resident_id', idNumber: '410302196002020033' },
      identityChange: false,
    });
    expect(r).toEqual({
      ok: true,
      value: {
        proxy: { name: '李四', idType: 'resident_id', idNumber: '410302196002020033' },
        documents: ['pensioner_id_copy_all_pages', 'proxy_id_original'],
      },
    });
  });
  it('needs the new document when the number changes', () => {
    const r = checkPresentation({
      channel: 'in_person',
      documents: ['pensioner_id_original'],
      proxy: null,
      identityChange: true,
    });
    expect(r).toEqual({ ok: false, error: [{ code: 'documents_incomplete', field: 'documents' }] });
  });
});
