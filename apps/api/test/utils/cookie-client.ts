/** What a request answered, with the body parsed when it is JSON. */
export interface ClientResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly setCookies: string[];
  readonly headers: Headers;
}

interface RequestOptions {
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Leave out X-CSRF-Token even when the jar holds op_csrf (to test the CSRF check). */
  readonly withoutCsrf?: boolean;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A browser-like fetch client for integration tests: keeps cookies between requests and, like
 * the web app, copies the op_csrf cookie into X-CSRF-Token on unsafe methods.
 */
export class CookieClient {
  private readonly jar = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  setCookie(name: string, value: string): void {
    this.jar.set(name, value);
  }

  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<ClientResponse<T>> {
    const headers: Record<string, string> = { ...this.defaultHeaders, ...options.headers };
    if (this.jar.size > 0) headers.cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const csrf = this.jar.get('op_csrf');
    if (UNSAFE.has(method) && csrf !== undefined && options.withoutCsrf !== true) headers['x-csrf-token'] = csrf;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) this.store(line);
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('application/json') === true && text.length > 0;
    return { status: response.status, body: (isJson ? JSON.parse(text) : text) as T, setCookies, headers: response.headers };
  }

  private store(line: string): void {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    const value = decodeURIComponent(pair.slice(at + 1).trim());
    const expired = /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0\b/i.test(line);
    if (value === '' || expired) this.jar.delete(name);
    else this.jar.set(name, value);
  }
}
