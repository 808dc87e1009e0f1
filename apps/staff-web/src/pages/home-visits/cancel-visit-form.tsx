import { useState, type FormEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';
import { visitPath, type HomeVisit } from './home-visit-api.ts';

const strings = defineStrings({
  'zh-CN': {
    heading: '取消预约',
    explain: '取消后，这些人员不再因等待上门而暂缓停发，请提醒其尽快通过其他方式认证。',
    reason: '取消原因（4 到 200 个字）',
    submit: '取消预约',
    busy: '正在保存…',
  },
  en: {
    heading: 'Cancel the booking',
    explain:
      'Once cancelled, these people are no longer protected from suspension while waiting; remind them to certify another way soon.',
    reason: 'Reason (4 to 200 characters)',
    submit: 'Cancel the booking',
    busy: 'Saving…',
  },
});

export function CancelVisitForm({
  visit,
  onChange,
}: {
  visit: HomeVisit;
  onChange: (v: HomeVisit) => void;
}) {
  const t = useStrings(strings);
  const { api } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const reason = formValue(e.currentTarget, 'reason');
    setBusy(true);
    setError(null);
    try {
      onChange(await api.post<HomeVisit>(`${visitPath(visit.id)}/cancel`, { reason }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <details className="panel">
      <summary>{t('heading')}</summary>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <p className="hint">{t('explain')}</p>
        <label htmlFor="hv-cancel-reason">{t('reason')}</label>
        <textarea
          id="hv-cancel-reason"
          name="reason"
          rows={2}
          required
          minLength={4}
          maxLength={200}
        />
        <ErrorMessage error={error} />
        <p>
          <button type="submit" className="secondary" disabled={busy}>
            {busy ? t('busy') : t('submit')}
          </button>
        </p>
      </form>
    </details>
  );
}
