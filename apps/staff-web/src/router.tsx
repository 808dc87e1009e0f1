import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

// History routing under /staff: the server answers every /staff/* path with the app's page, so
// a person's page is a real address a clerk can bookmark or reload.
export const BASE = '/staff';
const listeners = new Set<() => void>();

/** The path inside the app: `/staff/people/1` is `/people/1`, `/staff` is `/`. */
export function appPath(pathname = location.pathname): string {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  return rest === '' ? '/' : rest;
}

export const href = (path: string): string => `${BASE}${path === '/' ? '/' : path}`;

export function navigate(path: string, opts: { replace?: boolean } = {}): void {
  const target = href(path);
  if (target === location.pathname + location.search) return;
  if (opts.replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  for (const l of listeners) l();
  window.scrollTo(0, 0);
}

/** The current in-app path and query, updated on navigate() and back/forward. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const read = () => ({ path: appPath(), query: new URLSearchParams(location.search) });
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const update = () => setLoc(read());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return loc;
}

/** Matches `/people/:id` against `/people/abc`; the params, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (!g) return null;
      params[w.slice(1)] = decodeURIComponent(g);
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An in-app link: a real href (open in new tab works), client-side navigation on a plain click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const go = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={href(to)} onClick={go} {...rest} />;
}
