// Approve or reject one pending request (a photo, an information change) with a note. The
// server judges the note (required to reject) and that the decider is not the one who took it.
import { useState } from 'react';
import { useApp } from '../app-context.tsx';
import { defineStrings, useStrings } from '../i18n/i18n.ts';
import { ErrorMessage } from './error-message.tsx';

const strings = defineStrings({
  'zh-CN': {
    note: '审核意见（驳回时必填，4 到 200 个字）',
    approve: '通过',
    reject: '驳回',
    busy: '正在处理…',
  },
  en: {
    note: 'Note (required to reject, 4 to 200 characters)',
    approve: 'Approve',
    reject: 'Reject',
    busy: 'Working…',
  },
});

export type Verdict = 'approve' | 'reject';

/** Posts to `${path}/approve` or `${path}/reject`; stays busy once decided (the card goes away). */
export function DecisionForm({
  id,
  path,
  onDecided,
}: {
  /** the request's id, unique on the page */
  id: string;
  path: string;
  onDecided: (verb: Verdict) => void;
}) {
  const t = useStrings(strings);
  const { api } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const decide = async (form: HTMLFormElement, verb: Verdict) => {
    const v = new FormData(form).get('reason');
    const note = typeof v === 'string' ? v : '';
    setBusy(true);
    setError(null);
    try {
      await api.post(
        `${path}/${verb}`,
        verb === 'reject' || note.trim() !== '' ? { reason: note } : {},
      );
      onDecided(verb);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`note-${id}`}>{t('note')}</label>
      <textarea id={`note-${id}`} name="reason" rows={2} maxLength={200} />
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
  );
}
