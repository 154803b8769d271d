import { jsonResponse, stubFetch } from '../../test/factories';
import { createApiClient } from './api-client';
import { ApiError } from './api-error';

const client = createApiClient({ getLocale: () => 'en' });

const rejection = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
};

describe('api client', () => {
  it('calls the same origin with the reader’s language and answers the JSON body', async () => {
    const fetchMock = stubFetch(jsonResponse({ items: [] }));

    await expect(client.get('/api/v1/action-plans')).resolves.toEqual({ items: [] });

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/action-plans');
    const headers = new Headers(init?.headers);
    expect(headers.get('Accept-Language')).toBe('en');
    expect(headers.get('Accept')).toBe('application/json');
    expect(init?.method).toBe('GET');
  });

  it('revalidates with the server rather than trusting the browser’s copy, unless the caller chooses', async () => {
    const fetchMock = stubFetch(jsonResponse({ count: 13 }));
    await client.get('/api/v1/proposals/p/cosigns/stats');
    expect(fetchMock.mock.calls[0]?.[1]?.cache).toBe('no-cache');

    const again = stubFetch(jsonResponse({ count: 13 }));
    await client.get('/api/v1/proposals/p/cosigns/stats', { cache: 'default' });
    expect(again.mock.calls[0]?.[1]?.cache).toBe('default');
  });

  it('sends a JSON body', async () => {
    const fetchMock = stubFetch(new Response(null, { status: 204 }));

    await expect(client.request('/api/v1/things', { method: 'POST', body: { a: 1 } })).resolves.toBeUndefined();

    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.body).toBe('{"a":1}');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
  });

  it('throws an ApiError carrying the server’s error body', async () => {
    const body = {
      statusCode: 422,
      code: 'validation_failed',
      message: 'Title is too long',
      errors: [{ field: 'title', code: 'max_length', message: 'at most 80 characters' }],
      requestId: 'req-7',
    };
    stubFetch(jsonResponse(body, 422));

    const error = await rejection(client.get('/api/v1/proposals'));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'validation_failed', message: 'Title is too long', requestId: 'req-7' });
    expect((error as ApiError).errors).toEqual(body.errors);
    expect((error as ApiError).isClientError).toBe(true);
  });

  it('throws an ApiError for an error answer that is not the API’s JSON', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502 }));

    expect(await rejection(client.get('/api/v1/action-plans'))).toMatchObject({
      status: 502,
      code: 'unexpected_response',
      requestId: undefined,
    });
  });

  it('throws an ApiError for a successful answer that is not JSON', async () => {
    stubFetch(new Response('<!doctype html><html></html>', { status: 200 }));

    expect(await rejection(client.get('/api/v1/action-plans'))).toMatchObject({ status: 200, code: 'unexpected_response' });
  });

  it('throws an ApiError with status 0 when the server cannot be reached', async () => {
    stubFetch(new TypeError('Failed to fetch'));

    const error = await rejection(client.get('/api/v1/action-plans'));

    expect(error).toMatchObject({ status: 0, code: 'network_error' });
    expect((error as ApiError).isClientError).toBe(false);
  });

  it('lets an abort through untouched, so the query layer can ignore it', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    stubFetch(abort);

    expect(await rejection(client.get('/api/v1/action-plans'))).toBe(abort);
  });
});
