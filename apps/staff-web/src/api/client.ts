import type { Lang } from '../i18n/i18n.ts';
import type { ApiErrorBody } from './types.ts';

export type ApiFailure = {
  status: number;
  code: string;
  /** the server's message in the current language; empty for network failures */
  message: string;
  details: Record<string, unknown>;
};

/** Thrown for every non-2xx answer and for network failures (status 0, code `network`). */
export class ApiError extends Error {
  readonly failure: ApiFailure;
  constructor(failure: ApiFailure) {
    super(failure.message || failure.code);
    this.name = 'ApiError';
    this.failure = failure;
  }
}

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
  async function request(method: string, path: string, body?: unknown): Promise<Response> {
    const token = opts.getToken();
    const lang = opts.getLang();
    const headers: Record<string, string> = { 'Accept-Language': lang };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      throw new ApiError({ status: 0, code: 'network', message: '', details: {} });
    }
    if (res.ok) return res;
    let err: Partial<ApiErrorBody['error']> = {};
    try {
      err = ((await res.json()) as ApiErrorBody).error ?? {};
    } catch {
      // not JSON (a proxy's page): the status has to do
    }
    if (res.status === 401 && token) opts.onUnauthenticated();
    throw new ApiError({
      status: res.status,
      code: err.code ?? `http_${res.status}`,
      message: err.messages?.[lang] ?? err.message ?? '',
      details: err.details ?? {},
    });
  }

  const send = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await request(method, path, body);
    const text = res.status === 204 ? '' : await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    send,
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body),
    blob: async (path) => (await request('GET', path)).blob(),
  };
}
