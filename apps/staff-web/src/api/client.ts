// The pensioner app's API client (apps/web/src/api/client.ts: language, bearer token, one error
// type for server and network failures) with the verbs the console's pages call.
import type { Lang } from '../i18n/i18n.ts';
import { ApiError, createApiClient as createBaseClient } from '../../../web/src/api/client.ts';

export { ApiError };
export type { ApiFailure } from '../../../web/src/api/client.ts';

export type ApiClientOptions = {
  getToken: () => string | null;
  getLang: () => Lang;
  /** a 401 on an authenticated call: the session is gone, back to the login page */
  onUnauthenticated: () => void;
};

export type ApiClient = {
  get: <T>(path: string) => Promise<T>;
  post: <T>(path: string, body?: unknown) => Promise<T>;
  /** any method; `path` starts with /api/ */
  send: <T>(method: string, path: string, body?: unknown) => Promise<T>;
  blob: (path: string) => Promise<Blob>;
};

export function createApiClient(opts: ApiClientOptions): ApiClient {
  const base = createBaseClient(opts);
  const send = <T>(method: string, path: string, body?: unknown) =>
    base.json<T>(method, path, body);
  return {
    send,
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body),
    blob: (path) => base.blob(path),
  };
}
