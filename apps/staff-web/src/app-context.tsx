import { createContext, useContext } from 'react';
import type { ApiClient } from './api/client.ts';
import type { StaffMe } from './api/types.ts';
import type { Lang } from './i18n/i18n.ts';

export type AppContextValue = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  api: ApiClient;
  /** the logged-in staff member; null on the login page */
  me: StaffMe | null;
  /** whether the logged-in role may do a StaffAction */
  can: (action: string) => boolean;
  logIn: (username: string, password: string) => Promise<void>;
  logOut: () => Promise<void>;
};

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const v = useContext(AppContext);
  if (!v) throw new Error('useApp outside <App>');
  return v;
}
