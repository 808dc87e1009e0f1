import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { useApp } from '../app-context.tsx';
import { navigate } from '../router.ts';
import { Field } from '../ui/field.tsx';
import { Screen } from '../ui/screen.tsx';
import { nextAfterLogin } from './next-screen.ts';

const MIN_LENGTH = 6;

export function PasswordScreen() {
  const { t, api, session, setSession } = useApp();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function goOn(changed: boolean) {
    if (!session) return;
    const updated = { ...session, mustChangePassword: false };
    // Skipping only hides the screen for this session; the server still asks next time.
    if (changed) setSession(updated);
    navigate(nextAfterLogin(updated), { replace: true });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (next.length < MIN_LENGTH) {
      setError(t('newPasswordHint'));
      return;
    }
    setBusy(true);
    try {
      await api.json('POST', '/api/self/password', { current, next });
      goOn(true);
    } catch (err) {
      setError(
        err instanceof ApiError && err.failure.message ? err.failure.message : t('networkError'),
      );
      setBusy(false);
    }
  }

  return (
    <Screen title={t('passwordTitle')}>
      {session?.mustChangePassword ? <p>{t('passwordIntro')}</p> : null}
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          id="current"
          label={t('currentPassword')}
          value={current}
          onChange={setCurrent}
          type="password"
          autoComplete="current-password"
        />
        <Field
          id="next"
          label={t('newPassword')}
          hint={t('newPasswordHint')}
          value={next}
          onChange={setNext}
          type="password"
          autoComplete="new-password"
        />
        <button type="submit" disabled={busy}>
          {t('savePassword')}
        </button>
      </form>
      <button type="button" className="secondary" onClick={() => goOn(false)}>
        {t('later')}
      </button>
    </Screen>
  );
}
