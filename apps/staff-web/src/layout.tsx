import { useEffect, useRef, type ReactNode } from 'react';
import { useApp } from './app-context.tsx';
import { defineStrings, pick, useStrings, type Lang } from './i18n/i18n.ts';
import type { StaffPage } from './pages/registry.ts';
import { Link } from './router.tsx';
import { labelOf, roleLabels } from './ui/labels.ts';

const strings = defineStrings({
  'zh-CN': {
    app: '资格认证工作台',
    skip: '跳到正文',
    nav: '功能',
    who: '当前登录',
    logout: '退出登录',
    switchLang: 'English',
  },
  en: {
    app: 'Certification console',
    skip: 'Skip to content',
    nav: 'Sections',
    who: 'Logged in',
    logout: 'Log out',
    switchLang: '中文',
  },
});

const OTHER: Record<Lang, Lang> = { 'zh-CN': 'en', en: 'zh-CN' };

/** Header (who is logged in, language, log out), the navigation from the registry, the page. */
export function Layout(props: {
  current: StaffPage | undefined;
  pages: StaffPage[];
  children: ReactNode;
}) {
  const { me, lang, setLang, logOut } = useApp();
  const t = useStrings(strings);
  const main = useRef<HTMLElement>(null);
  const title = props.current ? pick(props.current.title, lang) : '';
  useEffect(() => {
    document.title = title ? `${title} - ${t('app')}` : t('app');
  }, [title, t]);

  return (
    <>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <header className="bar">
        <p className="app-name">{t('app')}</p>
        {me && (
          <p className="who" data-testid="who">
            <span className="sr-only">{t('who')}: </span>
            <strong>{me.displayName}</strong> · {pick(me.organisation.name, lang)} ·{' '}
            <span data-testid="role">{labelOf(roleLabels, lang, me.role)}</span>
          </p>
        )}
        <div className="bar-actions">
          <button
            type="button"
            className="link"
            lang={OTHER[lang]}
            onClick={() => setLang(OTHER[lang])}
          >
            {t('switchLang')}
          </button>
          <button type="button" className="link" onClick={() => void logOut()}>
            {t('logout')}
          </button>
        </div>
      </header>
      <div className="frame">
        <nav aria-label={t('nav')}>
          <ul>
            {props.pages
              .filter((p) => p.nav !== false)
              .map((p) => (
                <li key={p.path}>
                  <Link to={p.path} aria-current={props.current === p ? 'page' : undefined}>
                    {pick(p.title, lang)}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <main id="main" ref={main} tabIndex={-1}>
          {props.children}
        </main>
      </div>
    </>
  );
}
