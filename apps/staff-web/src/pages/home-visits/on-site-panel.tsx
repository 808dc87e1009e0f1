import { useState, type FormEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';
import { personPath, type HomeVisit } from './home-visit-api.ts';

const strings = defineStrings({
  'zh-CN': {
    heading: '现场认证：{name}（第 {i} 位，共 {n} 位）',
    idNumber: '请核对身份证：{id}',
    explain: '当面核对本人和身份证件后记录认证，并写明未使用人脸识别的原因。',
    reason: '原因（4 到 200 个字）',
    certify: '核对身份证并认证',
    notHome: '不在家',
    busy: '正在保存…',
  },
  en: {
    heading: 'On site: {name} ({i} of {n})',
    idNumber: 'Check the ID card: {id}',
    explain:
      'Check the person against the ID card and record it, with the reason the face check was not used.',
    reason: 'Reason (4 to 200 characters)',
    certify: 'Check the ID card and certify',
    notHome: 'Not at home',
    busy: 'Saving…',
  },
});

/** The person the courier is with now: certify by the ID card, or mark them not at home. */
export function OnSitePanel({
  visit,
  person,
  onChange,
}: {
  visit: HomeVisit;
  person: HomeVisit['people'][number];
  onChange: (v: HomeVisit) => void;
}) {
  const t = useStrings(strings);
  const { api } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const index = visit.people.indexOf(person) + 1;
  const path = personPath(visit.id, person.pensionerId);

  const run = async (call: () => Promise<HomeVisit>) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await call());
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const certify = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const reason = formValue(e.currentTarget, 'reason');
    void run(() => api.post<HomeVisit>(`${path}/id-check`, { reason }));
  };

  return (
    <section className="panel" aria-labelledby="hv-onsite" data-testid="hv-onsite">
      <h2 id="hv-onsite">
        {t('heading', { name: person.name, i: index, n: visit.people.length })}
      </h2>
      <p>{t('idNumber', { id: person.idNumber })}</p>
      <form className="stack" onSubmit={certify}>
        <p className="hint">{t('explain')}</p>
        <label htmlFor="hv-reason">{t('reason')}</label>
        <textarea id="hv-reason" name="reason" rows={2} required minLength={4} maxLength={200} />
        <ErrorMessage error={error} />
        <p>
          <button type="submit" disabled={busy}>
            {busy ? t('busy') : t('certify')}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() =>
              void run(() => api.post<HomeVisit>(`${path}/outcome`, { outcome: 'not_at_home' }))
            }
          >
            {t('notHome')}
          </button>
        </p>
      </form>
    </section>
  );
}
