import { useState } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { usePersonSearch } from './use-person-search.ts';
import { visitPath, type HomeVisit } from './home-visit-api.ts';

const strings = defineStrings({
  'zh-CN': {
    heading: '加入同一地址的其他人员',
    query: '身份证号或姓名',
    search: '查找',
    none: '在您的负责范围内没有找到。',
    add: '加入本次上门',
    onVisit: '已在本次上门中',
  },
  en: {
    heading: 'Add someone else at this address',
    query: 'ID number or name',
    search: 'Search',
    none: 'Nobody found in your scope.',
    add: 'Add to this visit',
    onVisit: 'On this visit',
  },
});

/** For the clerk who booked: another person of the household joins the visit (the fee follows). */
export function AddPeopleForm({
  visit,
  onChange,
}: {
  visit: HomeVisit;
  onChange: (v: HomeVisit) => void;
}) {
  const t = useStrings(strings);
  const { api } = useApp();
  const [error, setError] = useState<unknown>(null);
  const { found, search } = usePersonSearch(setError);
  const [busy, setBusy] = useState(false);
  const onVisit = (id: string) => visit.people.some((p) => p.pensionerId === id);

  const add = async (id: string) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await api.post<HomeVisit>(`${visitPath(visit.id)}/people`, { pensionerIds: [id] }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="panel">
      <summary>{t('heading')}</summary>
      <form className="inline" role="search" onSubmit={(e) => void search(e)}>
        <div>
          <label htmlFor="hv-add-q">{t('query')}</label>
          <input id="hv-add-q" name="q" required maxLength={50} autoComplete="off" />
        </div>
        <button type="submit" className="secondary">
          {t('search')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {found && found.length === 0 && <p className="notice">{t('none')}</p>}
      {found && found.length > 0 && (
        <ul>
          {found.map((p) => (
            <li key={p.id}>
              {p.name} <span className="hint">{p.idNumber}</span>{' '}
              <button
                type="button"
                className="secondary"
                disabled={busy || onVisit(p.id)}
                aria-label={`${onVisit(p.id) ? t('onVisit') : t('add')} ${p.name}`}
                onClick={() => void add(p.id)}
              >
                {onVisit(p.id) ? t('onVisit') : t('add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
