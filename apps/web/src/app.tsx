import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createApiClient } from './api/client.ts';
import { AppContext, type AppContextValue } from './app-context.tsx';
import { translate, type Lang } from './i18n/i18n.ts';
import { navigate, usePath } from './router.ts';
import { ConsentScreen } from './screens/consent-screen.tsx';
import { ContactScreen } from './screens/contact-screen.tsx';
import { HelpScreen } from './screens/help-screen.tsx';
import { LoginScreen } from './screens/login-screen.tsx';
import { MeScreen } from './screens/me-screen.tsx';
import { NotFoundScreen } from './screens/not-found-screen.tsx';
import { NoticeCheckScreen } from './screens/notice-check-screen.tsx';
import { PasswordScreen } from './screens/password-screen.tsx';
import { TipsScreen } from './screens/tips-screen.tsx';
import { loadSession, saveSession, type Session } from './session/session.ts';
import { eraseTraces } from './session/traces.ts';

// The camera code and the QR encoder load only when their screens open.
const CertifyScreen = lazy(() =>
  import('./screens/certify-screen.tsx').then((m) => ({ default: m.CertifyScreen })),
);
const PosterScreen = lazy(() =>
  import('./screens/poster-screen.tsx').then((m) => ({ default: m.PosterScreen })),
);

const LANG_KEY = 'lifecert.lang';

function initialLang(): Lang {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN';
}

const PUBLIC = new Set(['/login', '/help', '/poster', '/notice-check']);

export function App() {
  const path = usePath();
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [session, setSessionState] = useState<Session | null>(() => loadSession());

  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(LANG_KEY, l);
    setLangState(l);
  }, []);
  const setSession = useCallback((s: Session | null) => {
    saveSession(s);
    setSessionState(s);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<AppContextValue>(() => {
    const api = createApiClient({
      getToken: () => loadSession()?.token ?? null,
      getLang: () => lang,
      onUnauthenticated: () => {
        void eraseTraces().then(() => {
          setSessionState(null);
          sessionStorage.setItem('lifecert.notice', 'sessionExpired');
          navigate('/login', { replace: true });
        });
      },
    });
    return {
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      api,
      session,
      setSession,
      logout: async () => {
        try {
          await api.json('POST', '/api/self/logout');
        } catch {
          // the token dies with the session on the server anyway; the phone must be cleared now
        }
        await eraseTraces();
        // A full reload drops every trace held in memory (React state, decoded images).
        location.replace('/login');
      },
    };
  }, [lang, setLang, session, setSession]);

  const needsLogin = !session && !PUBLIC.has(path);
  useEffect(() => {
    if (needsLogin) navigate('/login', { replace: true });
    else if (path === '/') navigate(session ? '/me' : '/login', { replace: true });
  }, [needsLogin, path, session]);

  return (
    <AppContext.Provider value={value}>
      <header className="bar no-print">
        <p className="title">{value.t('appName')}</p>
        <button
          type="button"
          className="lang"
          lang={lang === 'en' ? 'zh-CN' : 'en'}
          aria-label={value.t('langToggleLabel')}
          onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
        >
          {value.t('langToggle')}
        </button>
      </header>
      <Suspense fallback={<main aria-busy="true">{value.t('loading')}</main>}>
        {needsLogin || path === '/' ? null : route(path)}
      </Suspense>
    </AppContext.Provider>
  );
}

function route(path: string): ReactNode {
  switch (path) {
    case '/login':
      return <LoginScreen />;
    case '/password':
      return <PasswordScreen />;
    case '/contact':
      return <ContactScreen />;
    case '/consent':
      return <ConsentScreen />;
    case '/tips':
      return <TipsScreen />;
    case '/certify':
      return <CertifyScreen />;
    case '/me':
      return <MeScreen />;
    case '/help':
      return <HelpScreen />;
    case '/poster':
      return <PosterScreen />;
    case '/notice-check':
      return <NoticeCheckScreen />;
    default:
      return <NotFoundScreen />;
  }
}
