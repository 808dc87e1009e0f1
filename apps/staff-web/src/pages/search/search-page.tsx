import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PensionerSearchReply } from '../../api/types.ts';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';
import { useDistrictName } from '../../ui/district-name.ts';

const strings = defineStrings({
  'zh-CN': {
    title: '查找人员',
    query: '身份证号或姓名',
    hint: '输入完整的身份证号，或姓名的开头。只显示您负责范围内的人员，最多 50 人。',
    search: '查找',
    none: '在您的负责范围内没有找到。',
    count: '找到 {n} 人',
    name: '姓名',
    idNumber: '身份证号',
    district: '行政区划',
    benefit: '待遇状态',
    benefit_active: '正常发放',
    benefit_suspended: '暂停发放',
    benefit_terminated: '终止',
  },
  en: {
    title: 'Find a person',
    query: 'ID number or name',
    hint: 'Type the full ID number, or the start of the name. Only people in your scope are shown, at most 50.',
    search: 'Search',
    none: 'Nobody found in your scope.',
    count: '{n} found',
    name: 'Name',
    idNumber: 'ID number',
    district: 'District',
    benefit: 'Benefits',
    benefit_active: 'Paid',
    benefit_suspended: 'Suspended',
    benefit_terminated: 'Terminated',
  },
});

export default function SearchPage() {
  const t = useStrings(strings);
  const { api } = useApp();
  const districtName = useDistrictName();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const [reply, setReply] = useState<PensionerSearchReply | null>(null);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  // The query lives in the address, so Back from a person's page shows the same results.
  useEffect(() => {
    setReply(null);
    setError(null);
    if (!q) return;
    let live = true;
    api.get<PensionerSearchReply>(`/api/staff/pensioners?q=${encodeURIComponent(q)}`).then(
      (r) => live && setReply(r),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, q]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = formValue(e.currentTarget, 'q').trim();
    if (value) navigate(`/search?q=${encodeURIComponent(value)}`);
  };

  const benefit = (s: string) =>
    s === 'active' || s === 'suspended' || s === 'terminated' ? t(`benefit_${s}`) : s;

  return (
    <>
      <h1>{t('title')}</h1>
      <form className="inline" role="search" onSubmit={submit}>
        <div>
          <label htmlFor="q">{t('query')}</label>
          <input
            ref={input}
            id="q"
            name="q"
            defaultValue={q}
            key={q}
            required
            maxLength={50}
            autoComplete="off"
            aria-describedby="q-hint"
          />
        </div>
        <button type="submit">{t('search')}</button>
      </form>
      <p className="hint" id="q-hint">
        {t('hint')}
      </p>
      <ErrorMessage error={error} />
      {reply && (
        <section aria-live="polite" data-testid="results">
          {reply.results.length === 0 ? (
            <p className="notice">{t('none')}</p>
          ) : (
            <table>
              <caption className="sr-only">{t('count', { n: reply.results.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('idNumber')}</th>
                  <th scope="col">{t('district')}</th>
                  <th scope="col">{t('benefit')}</th>
                </tr>
              </thead>
              <tbody>
                {reply.results.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/people/${p.id}`}>{p.name}</Link>
                    </td>
                    <td>{p.idNumber}</td>
                    <td>{districtName(p.districtCode)}</td>
                    <td>{benefit(p.benefitStatus)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
