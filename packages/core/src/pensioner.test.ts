import { describe, expect, it } from 'vitest';
import { validateMobile, validateName } from './field-validators.ts';
import { validatePensioner, type PensionerInput, type PensionerRules } from './pensioner.ts';

const rules: PensionerRules = {
  districtCodes: new Set(['410305', '410311']),
  bankCodes: new Set(['icbc', 'bol']),
  today: '2018-07-01',
};
const input: PensionerInput = {
  idNumber: '41030519500101105x',
  name: '  王  秀英 ',
  category: 'enterprise_retiree',
  scheme: 'enterprise_employee',
  districtCode: '410305',
  payingBankCode: 'icbc',
  bankAccountRef: 'ACC-0001',
  benefitsStart: '2010-02-01',
  residence: 'local',
  mobile: '+86 138-0000-0000',
};

describe('validatePensioner', () => {
  it('normalises a valid row and fills defaults', () => {
    const result = validatePensioner(input, rules);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        idType: 'resident_id',
        idNumber: '41030519500101105X',
        name: '王 秀英',
        mobile: '13800000000',
        benefitStatus: 'active',
        residenceRegion: null,
        address: null,
        employerOrgId: null,
      }) as unknown,
    });
  });

  it('reports every bad field at once, by field name', () => {
    const result = validatePensioner(
      {
        ...input,
        idNumber: '410305195001011018',
        name: '王2',
        districtCode: '999999',
        payingBankCode: 'hsbc',
        benefitsStart: '2010-02-30',
        category: 'retiree',
        mobile: '12800000000',
      },
      rules,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual(
      expect.arrayContaining([
        { code: 'id_bad_check_digit', field: 'idNumber' },
        { code: 'name_invalid', field: 'name' },
        { code: 'value_not_allowed', field: 'districtCode' },
        { code: 'value_not_allowed', field: 'payingBankCode' },
        { code: 'date_invalid', field: 'benefitsStart' },
        { code: 'value_not_allowed', field: 'category' },
        { code: 'mobile_invalid', field: 'mobile' },
      ]),
    );
    expect(result.error).toHaveLength(7);
  });

  it('requires a valid country or region for people abroad and keeps it upper-cased', () => {
    expect(validatePensioner({ ...input, residence: 'abroad' }, rules)).toEqual({
      ok: false,
      error: [{ code: 'residence_region_required', field: 'residenceRegion' }],
    });
    expect(
      validatePensioner({ ...input, residence: 'abroad', residenceRegion: 'USA' }, rules),
    ).toMatchObject({ ok: false, error: [{ code: 'residence_region_invalid' }] });
    expect(
      validatePensioner({ ...input, residence: 'abroad', residenceRegion: 'hk' }, rules),
    ).toMatchObject({ ok: true, value: { residenceRegion: 'HK' } });
    expect(
      validatePensioner({ ...input, residence: 'local', residenceRegion: 'HK' }, rules),
    ).toMatchObject({ ok: true, value: { residenceRegion: null } });
  });

  it('accepts other document types when the type is given', () => {
    expect(
      validatePensioner({ ...input, idType: 'passport', idNumber: 'e1234567' }, rules),
    ).toMatchObject({ ok: true, value: { idType: 'passport', idNumber: 'E1234567' } });
    expect(validatePensioner({ ...input, idType: 'visa' }, rules)).toMatchObject({
      ok: false,
      error: [{ code: 'value_not_allowed', field: 'idType' }],
    });
  });
});

describe('field validators', () => {
  it('accepts Chinese, minority and foreign names, rejects digits and symbols', () => {
    for (const name of ['李四', '买买提·艾力', "Anne-Marie O'Neil", 'José Núñez']) {
      expect(validateName(name)).toMatchObject({ ok: true });
    }
    expect(validateName('阿依古丽•买买提')).toEqual({ ok: true, value: '阿依古丽·买买提' });
    for (const name of ['张3', '<script>', '·李', '李'.repeat(51)]) {
      expect(validateName(name)).toEqual({ ok: false, error: 'name_invalid' });
    }
    expect(validateName('   ')).toEqual({ ok: false, error: 'field_required' });
  });

  it('accepts mainland mobile numbers 1[3-9] plus nine digits only', () => {
    expect(validateMobile('0086 139 1234 5678')).toEqual({ ok: true, value: '13912345678' });
    expect(validateMobile('１９９１２３４５６７８')).toEqual({ ok: true, value: '19912345678' });
    for (const bad of ['12912345678', '1391234567', '139123456789', '23912345678']) {
      expect(validateMobile(bad)).toEqual({ ok: false, error: 'mobile_invalid' });
    }
  });
});
