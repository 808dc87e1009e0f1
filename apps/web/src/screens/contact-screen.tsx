import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import type { Contact, MeResponse } from '../api/types.ts';
import { useApp } from '../app-context.tsx';
import { checkContact, type ContactErrors } from '../lib/contact-form.ts';
import { navigate } from '../router.ts';
import { Field } from '../ui/field.tsx';
import { Screen } from '../ui/screen.tsx';

const EMPTY: Contact = { contactName: '', mobile: '', address: '' };

export function ContactScreen() {
  const { t, api, session, setSession } = useApp();
  const [form, setForm] = useState<Contact>(EMPTY);
  const [errors, setErrors] = useState<ContactErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api
      .json<MeResponse>('GET', '/api/self/me')
      .then((me) => {
        if (live && me.contact) setForm(me.contact);
      })
      .catch(() => {
        // an empty form still works
      });
    return () => {
      live = false;
    };
  }, [api]);

  const set = (key: keyof Contact) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const errorText = (key: keyof Contact) => {
    const e = errors[key];
    return e ? t(e) : null;
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkContact(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await api.json('PUT', '/api/self/contact', checked.value);
      if (session) setSession({ ...session, contactComplete: true });
      navigate('/me');
    } catch (err) {
      setProblem(
        err instanceof ApiError && err.failure.message ? err.failure.message : t('networkError'),
      );
      setBusy(false);
    }
  }

  return (
    <Screen title={t('contactTitle')}>
      <p>{t('contactIntro')}</p>
      {problem ? (
        <p className="alert" role="alert">
          {problem}
        </p>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          id="contactName"
          label={t('contactName')}
          value={form.contactName}
          onChange={set('contactName')}
          error={errorText('contactName')}
          autoComplete="name"
        />
        <Field
          id="mobile"
          label={t('mobile')}
          hint={t('mobileHint')}
          value={form.mobile}
          onChange={set('mobile')}
          error={errorText('mobile')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
        />
        <Field
          id="address"
          label={t('address')}
          hint={t('addressHint')}
          value={form.address}
          onChange={set('address')}
          error={errorText('address')}
          multiline
        />
        <button type="submit" disabled={busy}>
          {t('save')}
        </button>
      </form>
    </Screen>
  );
}
