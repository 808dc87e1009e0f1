import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import type { LoginResponse } from '../api/types.ts';
import { useApp } from '../app-context.tsx';
import { isStringKey } from '../i18n/i18n.ts';
import { checkIdNumber, normaliseIdNumber } from '../lib/id-number.ts';
import { formatDateTime } from '../lib/format.ts';
import { navigate } from '../router.ts';
import { sessionFromLogin } from '../session/session.ts';
import { Field } from '../ui/field.tsx';
import { LinkButton } from '../ui/link-button.tsx';
import { Screen } from '../ui/screen.tsx';
import { nextAfterLogin } from './next-screen.ts';

type Problem = { text: string; help: boolean; place?: string };

export function LoginScreen() {
  const { t, api, lang, setSession } = useApp();
  const [idNumber, setIdNumber] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [idError, setIdError] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(() => {
    const notice = sessionStorage.getItem('lifecert.notice');
    sessionStorage.removeItem('lifecert.notice');
    return notice && isStringKey(notice) ? { text: t(notice), help: false } : null;
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const id = checkIdNumber(idNumber);
    if (!id.ok) {
      setIdError(t('idFormat'));
      return;
    }
    setIdError(null);
    setIdNumber(id.value);
    setBusy(true);
    try {
      const res = await api.json<LoginResponse>('POST', '/api/self/login', {
        idNumber: id.value,
        password,
      });
      const session = sessionFromLogin(res);
      setSession(session);
      navigate(nextAfterLogin(session), { replace: true });
    } catch (err) {
      setProblem(loginProblem(err));
      setBusy(false);
    }
  }

  function loginProblem(err: unknown): Problem {
    if (!(err instanceof ApiError) || err.failure.status === 0) {
      return { text: t('networkError'), help: false };
    }
    const f = err.failure;
    if (f.status === 423 || f.code === 'login_locked') {
      const retryAt = typeof f.details.retryAt === 'string' ? f.details.retryAt : null;
      const time = retryAt ? formatDateTime(retryAt, lang) : '';
      const help = f.details.help as { name?: string; address?: string } | undefined;
      const place = [help?.name, help?.address].filter(Boolean).join(', ');
      return { text: t('loginLocked', { time }), help: true, ...(place ? { place } : {}) };
    }
    if (f.status === 401) return { text: t('loginFailed'), help: true };
    return { text: f.message || t('networkError'), help: true };
  }

  return (
    <Screen title={t('loginTitle')}>
      <p>{t('loginIntro')}</p>
      {problem ? (
        <div className="alert" role="alert">
          <p>{problem.text}</p>
          {problem.help ? <p>{t('loginHelp')}</p> : null}
          {problem.place ? <p>{t('loginHelpAt', { place: problem.place })}</p> : null}
        </div>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          id="idNumber"
          label={t('idNumber')}
          hint={t('idNumberHint')}
          error={idError}
          value={idNumber}
          onChange={(v) => setIdNumber(v)}
          onBlur={() => setIdNumber(normaliseIdNumber(idNumber))}
          autoComplete="username"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={24}
          required
        />
        <Field
          id="password"
          label={t('password')}
          hint={t('passwordHint')}
          value={password}
          onChange={setPassword}
          type="password"
          autoComplete="current-password"
          required
        />
        <button type="submit" disabled={busy}>
          {t('login')}
        </button>
      </form>
      <LinkButton to="/help" secondary>
        {t('helpLink')}
      </LinkButton>
      <LinkButton to="/notice-check" secondary>
        {t('noticeCheckLink')}
      </LinkButton>
    </Screen>
  );
}
