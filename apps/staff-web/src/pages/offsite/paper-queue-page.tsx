import { useEffect, useState } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { Link } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import type { PaperProof } from './paper-api.ts';
import { paperStrings } from './paper-strings.ts';

const strings = defineStrings({
  'zh-CN': { title: '异地及境外认证材料', empty: '没有待审核的材料。', show: '显示' },
  en: {
    title: 'Offsite forms and overseas documents',
    empty: 'Nothing awaits review.',
    show: 'Show',
  },
});

const STATES = ['pending', 'approved', 'rejected'] as const;

/** Received forms and documents, oldest first; the server keeps the list inside the scope. */
export default function PaperQueuePage() {
  const t = useStrings(strings);
  const p = useStrings(paperStrings);
  const { api } = useApp();
  const [state, setState] = useState<(typeof STATES)[number]>('pending');
  const [items, setItems] = useState<PaperProof[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setItems(null);
    api
      .get<{ items: PaperProof[] }>(`/api/staff/paper-proofs?state=${state}`)
      .then((r) => live && setItems(r.items))
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [api, state]);

  return (
    <>
      <h1>{t('title')}</h1>
      <form className="inline" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="paper-state">{t('show')}</label>
        <select
          id="paper-state"
          value={state}
          onChange={(e) => setState(e.target.value as (typeof STATES)[number])}
        >
          {STATES.map((s) => (
            <option key={s} value={s}>
              {p(`state_${s}`)}
            </option>
          ))}
        </select>
      </form>
      <ErrorMessage error={error} />
      {items && items.length === 0 && <p className="hint">{t('empty')}</p>}
      {items && items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{p('receivedOn')}</th>
              <th scope="col">{p('person')}</th>
              <th scope="col">{p('kind')}</th>
              <th scope="col">{p('recordedBy')}</th>
              <th scope="col">{p('state')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td>{i.receivedOn}</td>
                <td>
                  <Link to={`/paper-proofs/${i.id}`}>{i.pensioner.name}</Link>
                </td>
                <td>{p(`kind_${i.kind}`)}</td>
                <td>{i.recordedBy.name}</td>
                <td>{p(`state_${i.state}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
