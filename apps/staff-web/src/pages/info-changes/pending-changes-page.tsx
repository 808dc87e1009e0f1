import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { Link } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { ChangeValues } from './change-list.tsx';
import type { InfoChange } from './info-change-api.ts';
import { strings as fieldStrings } from './info-change-strings.ts';

const strings = defineStrings({
  'zh-CN': {
    title: '信息变更审核',
    empty: '没有等待审核的信息变更。',
    requested: '{by} 于 {at} 受理：{reason}',
    proxyLine: '代办人：{name}（{idNumber}）',
    docs: '已查验材料：',
    note: '审核意见（驳回时必填，4 到 200 个字）',
    approve: '通过',
    reject: '驳回',
    busy: '正在处理…',
    decided: '已处理{name}的信息变更。',
  },
  en: {
    title: 'Information change approvals',
    empty: 'No information changes await approval.',
    requested: 'Taken by {by} at {at}: {reason}',
    proxyLine: 'Proxy: {name} ({idNumber})',
    docs: 'Documents checked: ',
    note: 'Note (required to reject, 4 to 200 characters)',
    approve: 'Approve',
    reject: 'Reject',
    busy: 'Working…',
    decided: 'Decided the change for {name}.',
  },
});

function ChangeCard({
  change: c,
  onDecided,
}: {
  change: InfoChange;
  onDecided: (m: string) => void;
}) {
  const t = useStrings(strings);
  const tf = useStrings(fieldStrings);
  const { api } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const decide = async (form: HTMLFormElement, verb: 'approve' | 'reject') => {
    const v = new FormData(form).get('reason');
    const note = typeof v === 'string' ? v : '';
    setBusy(true);
    setError(null);
    try {
      await api.post(
        `/api/staff/info-changes/${c.id}/${verb}`,
        verb === 'reject' || note.trim() !== '' ? { reason: note } : {},
      );
      onDecided(t('decided', { name: c.pensionerName }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <article className="panel" data-testid="info-change-review">
      <h2>
        <Link to={`/people/${c.pensionerId}`}>{c.pensionerName}</Link>
      </h2>
      <ChangeValues change={c} />
      <p>
        {t('requested', {
          by: c.requestedBy.name,
          at: new Date(c.requestedAt).toLocaleString(),
          reason: c.reason,
        })}
      </p>
      {c.proxy && <p>{t('proxyLine', c.proxy)}</p>}
      <p>
        {t('docs')}
        {c.documents.map((d) => tf(`doc_${d}`)).join('；')}
      </p>
      <form className="stack" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`note-${c.id}`}>{t('note')}</label>
        <textarea id={`note-${c.id}`} name="reason" rows={2} maxLength={200} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button
            type="button"
            disabled={busy}
            onClick={(e) => void decide(e.currentTarget.form!, 'approve')}
          >
            {busy ? t('busy') : t('approve')}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={(e) => void decide(e.currentTarget.form!, 'reject')}
          >
            {t('reject')}
          </button>
        </p>
      </form>
    </article>
  );
}

/** The approver's queue of information changes, oldest first. */
export default function PendingChangesPage() {
  const t = useStrings(strings);
  const { api } = useApp();
  const [list, setList] = useState<InfoChange[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setList((await api.get<{ changes: InfoChange[] }>('/api/staff/info-changes')).changes);
    } catch (err) {
      setError(err);
    }
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <h1>{t('title')}</h1>
      {message && (
        <p className="notice success" role="status">
          {message}
        </p>
      )}
      <ErrorMessage error={error} />
      {list?.length === 0 && <p>{t('empty')}</p>}
      {list?.map((c) => (
        <ChangeCard
          key={c.id}
          change={c}
          onDecided={(m) => {
            setMessage(m);
            void load();
          }}
        />
      ))}
    </>
  );
}
