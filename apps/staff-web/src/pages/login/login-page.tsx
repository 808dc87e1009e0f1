import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';

const strings = defineStrings({
  'zh-CN': {
    title: '工作人员登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    busy: '正在登录…',
    expired: '登录已过期，请重新登录。',
    app: '资格认证工作台',
    switchLang: 'English',
  },
  en: {
    title: 'Staff log in',
    username: 'User name',
    password: 'Password',
    submit: 'Log in',
    busy: 'Logging in…',
    expired: 'Your session has ended. Please log in again.',
    app: 'Certification console',
    switchLang: '中文',
  },
});

export function LoginPage({ expired }: { expired: boolean }) {
  const t = useStrings(strings);
  const { logIn, lang, setLang } = useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    setError(null);
    try {
      await logIn(formValue(form, 'username'), formValue(form, 'password'));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const other = lang === 'en' ? 'zh-CN' : 'en';
  return (
    <>
      <header className="bar">
        <p className="app-name">{t('app')}</p>
        <div className="bar-actions">
          <button type="button" className="link" lang={other} onClick={() => setLang(other)}>
            {t('switchLang')}
          </button>
        </div>
      </header>
      <main className="narrow" id="main">
        <h1>{t('title')}</h1>
        {expired && !error && (
          <p className="notice" role="status">
            {t('expired')}
          </p>
        )}
        <ErrorMessage error={error} id="login-error" />
        <form onSubmit={(e) => void submit(e)} aria-describedby={error ? 'login-error' : undefined}>
          <label htmlFor="username">{t('username')}</label>
          <input
            ref={first}
            id="username"
            name="username"
            autoComplete="username"
            required
            maxLength={64}
          />
          <label htmlFor="password">{t('password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={128}
          />
          <button type="submit" disabled={busy}>
            {busy ? t('busy') : t('submit')}
          </button>
        </form>
      </main>
    </>
  );
}
