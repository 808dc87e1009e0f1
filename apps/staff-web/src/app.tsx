import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { createApiClient } from './api/client.ts';
import type { StaffLoginReply, StaffMe } from './api/types.ts';
import { AppContext, useApp, type AppContextValue } from './app-context.tsx';
import type { Lang } from './i18n/i18n.ts';
import { Layout } from './layout.tsx';
import { LoginPage } from './pages/login/login-page.tsx';
import { PAGES } from './pages/registry.ts';
import { matchPath, navigate, useLocation } from './router.tsx';
import { loadSession, saveSession, type StaffSession } from './session/session.ts';
import { ShellMessage } from './ui/shell-message.tsx';

const LANG_KEY = 'lifecert.staff.lang';
const initialLang = (): Lang => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN');

export function App() {
  const { path } = useLocation();
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [session, setSessionState] = useState<StaffSession | null>(loadSession);
  const [expired, setExpired] = useState(false);

  const setSession = useCallback((s: StaffSession | null) => {
    saveSession(s);
    setSessionState(s);
  }, []);
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(LANG_KEY, l);
    setLangState(l);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<AppContextValue>(() => {
    const api = createApiClient({
      getToken: () => loadSession()?.token ?? null,
      getLang: () => lang,
      onUnauthenticated: () => {
        setSession(null);
        setExpired(true);
      },
    });
    const me = session?.staff ?? null;
    return {
      lang,
      setLang,
      api,
      me,
      can: (action) => me?.actions.includes(action) ?? false,
      async logIn(username, password) {
        const r = await api.post<StaffLoginReply>('/api/staff/login', { username, password });
        setExpired(false);
        setSession({ token: r.token, expiresAt: r.expiresAt, staff: r.staff });
      },
      async logOut() {
        try {
          await api.post('/api/staff/logout');
        } catch {
          // the session ends on the server at expiry anyway; this device forgets it now
        }
        setSession(null);
        setExpired(false);
        navigate('/', { replace: true });
      },
    };
  }, [lang, setLang, session, setSession]);

  // The role's actions may have changed since the login stored them.
  const token = session?.token;
  useEffect(() => {
    if (!token) return;
    value.api.get<StaffMe>('/api/staff/me').then(
      (staff) => {
        const s = loadSession();
        if (s && s.token === token) setSession({ ...s, staff });
      },
      () => undefined, // a 401 already returned to the login page
    );
  }, [token]);

  return (
    <AppContext.Provider value={value}>
      {session ? <Routed path={path} /> : <LoginPage expired={expired} />}
    </AppContext.Provider>
  );
}

function Routed({ path }: { path: string }) {
  const { me } = useApp();
  const actions = me?.actions ?? [];
  const allowed = PAGES.filter((p) => actions.includes(p.action));
  const home = allowed.find((p) => p.nav !== false);
  const isHome = path === '/' || path === '/login';
  useEffect(() => {
    if (isHome && home) navigate(home.path, { replace: true });
  }, [isHome, home]);

  const found = PAGES.map((page) => ({ page, params: matchPath(page.path, path) })).find(
    (m) => m.params,
  );
  let content;
  if (isHome) content = home ? null : <ShellMessage kind="nothing" />;
  else if (!found) content = <ShellMessage kind="notFound" />;
  else if (!actions.includes(found.page.action)) content = <ShellMessage kind="forbidden" />;
  else {
    const Page = found.page.component;
    content = (
      <Suspense fallback={<ShellMessage kind="loading" />}>
        <Page key={path} params={found.params!} />
      </Suspense>
    );
  }
  return (
    <Layout current={found?.page} pages={allowed}>
      {content}
    </Layout>
  );
}
