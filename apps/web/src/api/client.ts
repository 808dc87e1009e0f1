import type { Lang } from '../i18n/i18n.ts';
import type { ApiErrorBody } from './types.ts';

export type ApiFailure = {
  status: number;
  code: string;
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
  /** called on 401 from an authenticated call, so the app can return to the login screen */
  onUnauthenticated?: () => void;
  fetchImpl?: typeof fetch;
};

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(opts: ApiClientOptions) {
  const doFetch = opts.fetchImpl ?? ((input, init) => fetch(input, init));

  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    const token = opts.getToken();
    const lang = opts.getLang();
    const headers: Record<string, string> = { 'Accept-Language': lang };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, {
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
    throw new ApiError(
      await failureOf(res, lang, token !== null ? opts.onUnauthenticated : undefined),
    );
  }

  return {
    async json<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await send(method, path, body);
      if (res.status === 204) return undefined as T;
      const text = await res.text();
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async blob(path: string): Promise<Blob> {
      const res = await send('GET', path);
      return res.blob();
    },
  };
}

async function failureOf(
  res: Response,
  lang: Lang,
  onUnauthenticated: (() => void) | undefined,
): Promise<ApiFailure> {
  let body: Partial<ApiErrorBody> = {};
  try {
    body = (await res.json()) as ApiErrorBody;
  } catch {
    // not JSON: a proxy page or an empty answer; the status alone has to do
  }
  const err = body.error;
  if (res.status === 401 && onUnauthenticated) onUnauthenticated();
  return {
    status: res.status,
    code: err?.code ?? `http_${res.status}`,
    message: err?.messages?.[lang] ?? err?.message ?? '',
    details: err?.details ?? {},
  };
}
