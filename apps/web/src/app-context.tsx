import { createContext, useContext } from 'react';
import type { ApiClient } from './api/client.ts';
import type { Lang, StringKey } from './i18n/i18n.ts';
import type { Session } from './session/session.ts';

export type AppContextValue = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: StringKey, vars?: Record<string, string | number>) => string;
  api: ApiClient;
  session: Session | null;
  setSession: (s: Session | null) => void;
  /** erases everything of the person from the browser and returns to the login screen */
  logout: () => Promise<void>;
};

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside <AppContext>');
  return ctx;
}
