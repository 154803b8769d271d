import type { Locale } from '@open-proposals/domain';
import { ApiError, isApiErrorBody } from './api-error';
import { readCsrfToken } from './csrf';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  readonly method?: HttpMethod;
  /** Sent as JSON. */
  readonly body?: unknown;
  readonly signal?: AbortSignal;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * The browser's HTTP cache mode; 'no-cache' (revalidate, a cheap 304 when unchanged) unless a
   * caller says otherwise. TanStack Query is the app's cache: the browser's copy of a public
   * answer (max-age=5, for shared caches) would hand a refetch after one's own co-sign or a live
   * event the very answer it is meant to replace.
   */
  readonly cache?: RequestCache;
}

export interface ApiClient {
  /** Resolves with the parsed JSON body (undefined for 204), or rejects with an ApiError. */
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
}

export interface ApiClientOptions {
  /** '' talks to the same origin, which the dev proxy and production both serve. */
  readonly baseUrl?: string;
  /** Read on every call, so the server answers in the language the reader has now. */
  readonly getLocale: () => Locale;
}

const isAbort = (error: unknown, signal: AbortSignal | undefined): boolean =>
  signal?.aborted === true || (typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError');

const NOT_JSON = Symbol('not JSON');

/** The parsed body, undefined when empty, or NOT_JSON (e.g. an HTML page from a proxy or a misrouted fallback). */
const readJson = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
};

export const createApiClient = ({ baseUrl = '', getLocale }: ApiClientOptions): ApiClient => {
  const request = async <T>(path: string, { method = 'GET', body, signal, headers, cache }: RequestOptions = {}): Promise<T> => {
    const init: RequestInit = {
      method,
      signal,
      cache: cache ?? 'no-cache',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': getLocale(),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        // Double-submit CSRF on every unsafe request of a signed-in reader, so no call site can forget it.
        ...(method !== 'GET' && readCsrfToken() !== '' ? { 'X-CSRF-Token': readCsrfToken() } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    };

    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, init);
    } catch (error) {
      if (isAbort(error, signal)) throw error;
      throw new ApiError(0, { code: 'network_error', message: 'The server could not be reached.' }, { cause: error });
    }

    const payload = await readJson(response);
    if (response.ok && payload !== NOT_JSON) return payload as T;
    if (isApiErrorBody(payload)) throw new ApiError(response.status, payload);
    throw new ApiError(response.status, {
      code: 'unexpected_response',
      message: `Unexpected ${response.status} ${response.ok ? 'non-JSON ' : ''}response from ${method} ${path}.`,
    });
  };

  return {
    request,
    get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => request<T>(path, options),
  };
};
