import { useEffect, useState, type FormEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, pick, useStrings } from '../../i18n/i18n.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';
import { labelOf } from '../../ui/labels.ts';
import { ShellMessage } from '../../ui/shell-message.tsx';
import { yuan, type DayList } from './home-visit-api.ts';
import { outcomeLabels, stateLabels } from './outcome-labels.ts';

const strings = defineStrings({
  'zh-CN': {
    title: '上门服务日程',
    date: '日期',
    show: '查看',
    none: '这一天没有上门服务。',
    count: '{date}：{n} 次上门',
    address: '地址',
    people: '人员',
    fee: '应收费用',
    feeValue: '{total} 元（{n} 人）',
    state: '状态',
    open: '开始上门',
    view: '查看',
  },
  en: {
    title: 'Home visits of the day',
    date: 'Date',
    show: 'Show',
    none: 'No home visits on this day.',
    count: '{date}: {n} visits',
    address: 'Address',
    people: 'People',
    fee: 'Fee due',
    feeValue: '{total} CNY ({n} people)',
    state: 'State',
    open: 'Start the visit',
    view: 'View',
  },
});

/** The courier's list for one day (today by the server's clock unless another day is asked). */
export default function HomeVisitDayPage() {
  const t = useStrings(strings);
  const { api, lang } = useApp();
  const { query } = useLocation();
  const date = query.get('date') ?? '';
  const [day, setDay] = useState<DayList | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setDay(null);
    setError(null);
    const q = date ? `?date=${encodeURIComponent(date)}` : '';
    api.get<DayList>(`/api/staff/home-visits${q}`).then(
      (r) => live && setDay(r),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, date]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = formValue(e.currentTarget, 'date');
    if (value) navigate(`/home-visits?date=${encodeURIComponent(value)}`);
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <form className="inline" onSubmit={submit}>
        <div>
          <label htmlFor="hv-day">{t('date')}</label>
          <input
            id="hv-day"
            name="date"
            type="date"
            required
            defaultValue={day?.date ?? date}
            key={day?.date ?? date}
          />
        </div>
        <button type="submit" className="secondary">
          {t('show')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {!day && !error && <ShellMessage kind="loading" />}
      {day && day.visits.length === 0 && <p className="notice">{t('none')}</p>}
      {day && day.visits.length > 0 && (
        <table data-testid="hv-day">
          <caption className="sr-only">
            {t('count', { date: day.date, n: day.visits.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('address')}</th>
              <th scope="col">{t('people')}</th>
              <th scope="col">{t('fee')}</th>
              <th scope="col">{t('state')}</th>
              <th scope="col">
                <span className="sr-only">{t('open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {day.visits.map((v) => (
              <tr key={v.id} data-state={v.state}>
                <td>
                  {v.address}
                  {v.districtName && <span className="hint"> {pick(v.districtName, lang)}</span>}
                </td>
                <td>
                  <ul>
                    {v.people.map((p) => (
                      <li key={p.pensionerId}>
                        {p.name} ({labelOf(outcomeLabels, lang, p.outcome)})
                      </li>
                    ))}
                  </ul>
                </td>
                <td data-total-fen={v.fee.totalFen}>
                  {t('feeValue', { total: yuan(v.fee.totalFen), n: v.fee.people })}
                </td>
                <td>{labelOf(stateLabels, lang, v.state)}</td>
                <td>
                  <Link to={`/home-visits/${v.id}`}>
                    {v.state === 'booked' ? t('open') : t('view')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
