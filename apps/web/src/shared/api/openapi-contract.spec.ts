import { findApiCalls, normaliseOpenApiPath, routeServes, type ApiCall } from './api-calls';
import openApi from './openapi.json';

const REGENERATE = 'npx nx run-many -t build -p domain api && node --import tsx tools/openapi/export-openapi.ts';

const sources = import.meta.glob<string>('../../features/**/api/*.ts', { query: '?raw', import: 'default', eager: true });

const documented = new Set(
  Object.entries(openApi.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${normaliseOpenApiPath(path)}`),
  ),
);

const key = (call: ApiCall): string => `${call.method} ${call.path}`;

describe('the web client against the API’s OpenAPI document', () => {
  const scanned = Object.entries(sources).map(([file, source]) => ({ file, ...findApiCalls(source) }));
  const calls = scanned.flatMap(({ file, calls: found }) => found.map((call) => ({ file, call })));

  it('reads every call in features/**/api/*.ts', () => {
    expect(scanned.filter(({ unreadable }) => unreadable.length > 0).map(({ file, unreadable }) => `${file}: ${unreadable.join(', ')}`)).toEqual([]);
    // A scanner that finds nothing would pass everything.
    expect(calls.length).toBeGreaterThan(15);
    expect(calls.map(({ call }) => key(call))).toEqual(expect.arrayContaining(['GET /api/v1/proposals/{}/cosigns/stats', 'POST /api/v1/proposals/{}/cosigns', 'GET /api/v1/action-plans/{}/commitments']));
  });

  it('calls only routes the API documents', () => {
    const missing = calls
      .filter(({ call }) => ![...documented].some((route) => routeServes(route, key(call))))
      .map(({ file, call }) => `${key(call)} (${file})`);
    const hint = `If the API changed on purpose, regenerate apps/web/src/shared/api/openapi.json: ${REGENERATE}`;
    expect({ missing, hint }).toEqual({ missing: [], hint });
  });
});

describe('the API call scanner', () => {
  it('resolves literals, templates, path helpers, methods and drops query strings', () => {
    const source = [
      "const itemPath = (id: string): string => `/api/v1/items/${encodeURIComponent(id)}`;",
      "export const a = (client: ApiClient) => client.get<Page<Item>>('/api/v1/items', { signal });",
      'export const b = (client: ApiClient, id: string) => client.get<Item>(itemPath(id), { signal });',
      'export const c = (client: ApiClient, id: string) => client.get<Stats>(`${itemPath(id)}/stats?from=${a},${b}`, { signal });',
      "export const d = (client: ApiClient, id: string) => client.request<Receipt>(`${itemPath(id)}/votes`, { method: 'POST', body: {} });",
    ].join('\n');
    expect(findApiCalls(source)).toEqual({
      calls: [
        { method: 'GET', path: '/api/v1/items' },
        { method: 'GET', path: '/api/v1/items/{}' },
        { method: 'GET', path: '/api/v1/items/{}/stats' },
        { method: 'POST', path: '/api/v1/items/{}/votes' },
      ],
      unreadable: [],
    });
  });

  it('reports a call whose path it cannot read, instead of skipping it', () => {
    expect(findApiCalls('client.get<T>(somewhere[0])').unreadable).toEqual(['somewhere[0]']);
  });

  it('reads named path constants, and run-time segments as {}', () => {
    const source = [
      "const PATH = '/api/v1/admin/settings';",
      'export const read = (client: ApiClient) => client.get<S>(PATH, { signal });',
      "export const change = (client: ApiClient, body: S) => client.request<S>(PATH, { method: 'PATCH', body });",
      "export const decide = (client: ApiClient, id: string, kind: string) => client.request<unknown>(`/api/v1/items/${id}/${kind}`, { method: 'POST', body: {} });",
    ].join('\n');
    expect(findApiCalls(source)).toEqual({
      calls: [
        { method: 'GET', path: '/api/v1/admin/settings' },
        { method: 'PATCH', path: '/api/v1/admin/settings' },
        { method: 'POST', path: '/api/v1/items/{}/{}' },
      ],
      unreadable: [],
    });
  });

  it('lets a run-time segment of a call stand for any one documented segment, and nothing more', () => {
    expect(routeServes('POST /api/v1/items/{}/publish', 'POST /api/v1/items/{}/{}')).toBe(true);
    expect(routeServes('POST /api/v1/items/{}/publish', 'GET /api/v1/items/{}/{}')).toBe(false);
    expect(routeServes('POST /api/v1/items/{}/publish', 'POST /api/v1/items/{}/{}/x')).toBe(false);
    expect(routeServes('POST /api/v1/items/{}/publish', 'POST /api/v1/things/{}/publish')).toBe(false);
  });
});
