import { useEffect, useState, type FormEvent } from 'react';
// The profile's own rule, the same function the server settles with (pure, no I/O).
import { homeVisitFee } from '../../../../../packages/core/src/home-visit-fee.ts';
import type { PensionerDetail, PensionerSummary } from '../../api/types.ts';
import { useApp } from '../../app-context.tsx';
import { defineStrings, pick, useStrings } from '../../i18n/i18n.ts';
import { navigate, useLocation } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';
import { usePersonSearch } from './use-person-search.ts';
import { yuan, type HomeVisit, type HomeVisitProfile } from './home-visit-api.ts';

const strings = defineStrings({
  'zh-CN': {
    title: '预约上门服务',
    explain:
      '为本人无法自助认证、家属也无法代办的人员预约邮政上门认证（例如家属来电）。同一地址的多位人员可合并为一次上门，费用按人数计算。',
    people: '上门认证人员',
    query: '身份证号或姓名',
    search: '查找',
    none: '在您的负责范围内没有找到。',
    add: '加入',
    remove: '移出',
    added: '已加入',
    noPeople: '尚未加入人员。请先查找并加入需要上门认证的人员。',
    name: '姓名',
    idNumber: '身份证号',
    visit: '上门地址和日期',
    address: '详细地址',
    district: '所在区县（仅限服务区域）',
    choose: '请选择',
    date: '上门日期',
    fee: '预计费用',
    feeValue: '{n} 人 × {per} 元 = {total} 元',
    feeRule: '每人 {per} 元；一次上门服务超过 {more} 人时，每人 {reduced} 元。',
    submit: '预约上门',
    busy: '正在预约…',
  },
  en: {
    title: 'Book a home visit',
    explain:
      'Book a paid courier visit for people who cannot certify themselves and whose family cannot do it for them (for example when a relative phones in). Several people at one address share one visit; the fee is per person.',
    people: 'People to certify',
    query: 'ID number or name',
    search: 'Search',
    none: 'Nobody found in your scope.',
    add: 'Add',
    remove: 'Remove',
    added: 'Added',
    noPeople: 'Nobody added yet. Search for the people to visit and add them.',
    name: 'Name',
    idNumber: 'ID number',
    visit: 'Address and date',
    address: 'Address',
    district: 'District (service area only)',
    choose: 'Choose',
    date: 'Visit date',
    fee: 'Estimated fee',
    feeValue: '{n} × {per} CNY = {total} CNY',
    feeRule: '{per} CNY per person; {reduced} CNY each when one visit serves more than {more}.',
    submit: 'Book the visit',
    busy: 'Booking…',
  },
});

export default function BookHomeVisitPage() {
  const t = useStrings(strings);
  const { api, lang } = useApp();
  const [profile, setProfile] = useState<HomeVisitProfile | null>(null);
  const [chosen, setChosen] = useState<PensionerSummary[]>([]);
  const [error, setError] = useState<unknown>(null);
  const { found, search } = usePersonSearch(setError);
  const [busy, setBusy] = useState(false);
  const preset = useLocation().query.get('person');

  // Opened from a person's page: that person is already on the list.
  useEffect(() => {
    if (!preset) return;
    let live = true;
    api.get<PensionerDetail>(`/api/staff/pensioners/${encodeURIComponent(preset)}`).then(
      (p) => live && setChosen((c) => (c.some((x) => x.id === p.id) ? c : [...c, p])),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, preset]);

  useEffect(() => {
    let live = true;
    api.get<HomeVisitProfile>('/api/public/profile').then(
      (p) => live && setProfile(p),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const book = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    setError(null);
    try {
      const visit = await api.post<HomeVisit>('/api/staff/home-visits', {
        address: formValue(form, 'address'),
        districtCode: formValue(form, 'districtCode'),
        visitDate: formValue(form, 'visitDate'),
        pensionerIds: chosen.map((p) => p.id),
      });
      navigate(`/home-visits/${visit.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const rule = profile?.homeVisit;
  const fee = rule && chosen.length > 0 ? homeVisitFee(rule, chosen.length) : null;
  const isChosen = (id: string) => chosen.some((p) => p.id === id);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="hint">{t('explain')}</p>

      <h2>{t('people')}</h2>
      <form className="inline" role="search" onSubmit={(e) => void search(e)}>
        <div>
          <label htmlFor="hv-q">{t('query')}</label>
          <input id="hv-q" name="q" required maxLength={50} autoComplete="off" />
        </div>
        <button type="submit" className="secondary">
          {t('search')}
        </button>
      </form>
      {found && found.length === 0 && <p className="notice">{t('none')}</p>}
      {found && found.length > 0 && (
        <ul data-testid="hv-found">
          {found.map((p) => (
            <li key={p.id}>
              {p.name} <span className="hint">{p.idNumber}</span>{' '}
              <button
                type="button"
                className="secondary"
                disabled={isChosen(p.id)}
                aria-label={`${isChosen(p.id) ? t('added') : t('add')} ${p.name}`}
                onClick={() => setChosen((c) => [...c, p])}
              >
                {isChosen(p.id) ? t('added') : t('add')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen.length === 0 ? (
        <p className="hint">{t('noPeople')}</p>
      ) : (
        <table data-testid="hv-chosen">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('idNumber')}</th>
              <th scope="col">
                <span className="sr-only">{t('remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {chosen.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>{p.idNumber}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`${t('remove')} ${p.name}`}
                    onClick={() => setChosen((c) => c.filter((x) => x.id !== p.id))}
                  >
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('visit')}</h2>
      <form className="stack" onSubmit={(e) => void book(e)}>
        <label htmlFor="hv-address">{t('address')}</label>
        <input id="hv-address" name="address" required maxLength={200} autoComplete="off" />
        <label htmlFor="hv-district">{t('district')}</label>
        <select id="hv-district" name="districtCode" required defaultValue="">
          <option value="" disabled>
            {t('choose')}
          </option>
          {rule?.serviceArea.map((d) => (
            <option key={d.code} value={d.code}>
              {pick(d.name, lang)}
            </option>
          ))}
        </select>
        <label htmlFor="hv-date">{t('date')}</label>
        <input id="hv-date" name="visitDate" type="date" required />
        {rule && (
          <dl className="facts">
            <dt>{t('fee')}</dt>
            <dd data-testid="hv-fee-preview" aria-live="polite">
              {fee?.ok
                ? t('feeValue', {
                    n: fee.value.people,
                    per: yuan(fee.value.perPersonFen),
                    total: yuan(fee.value.totalFen),
                  })
                : '—'}
            </dd>
          </dl>
        )}
        {rule && (
          <p className="hint">
            {t('feeRule', {
              per: yuan(rule.perPersonFen),
              reduced: yuan(rule.reducedPerPersonFen),
              more: rule.reducedWhenMoreThan,
            })}
          </p>
        )}
        <ErrorMessage error={error} />
        <p>
          <button type="submit" disabled={busy || chosen.length === 0}>
            {busy ? t('busy') : t('submit')}
          </button>
        </p>
      </form>
    </>
  );
}
