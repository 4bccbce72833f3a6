import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.js';
import { request } from './http.js';

function answer(body: string, status: number, type: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': type } });
}

function mockFetch(impl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  const fn = vi.fn(impl);
  vi.stubGlobal('fetch', fn);
  return fn;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

afterEach(() => vi.unstubAllGlobals());

describe('request', () => {
  it('sends X-Requested-With and Accept on every call, with a relative URL', async () => {
    const fetchMock = mockFetch(async () => answer('{"ok":true}', 200, 'application/json'));
    await request('/api/dashboard');
    await request('/api/things', { method: 'POST', body: { name: 'x' } });

    for (const [url, init] of fetchMock.mock.calls) {
      expect(String(url)).toMatch(/^\/api\//);
      const headers = new Headers(init?.headers);
      expect(headers.get('X-Requested-With')).toBe('slm-workbench');
      expect(headers.get('Accept')).toBe('application/json');
    }
    const post = fetchMock.mock.calls[1][1];
    expect(post?.method).toBe('POST');
    expect(new Headers(post?.headers).get('Content-Type')).toBe('application/json');
    expect(post?.body).toBe('{"name":"x"}');
  });

  it('returns the parsed JSON answer', async () => {
    mockFetch(async () => answer('{"total":3}', 200, 'application/json'));
    await expect(request<{ total: number }>('/api/x')).resolves.toEqual({ total: 3 });
  });

  it('passes the AbortSignal to fetch', async () => {
    const fetchMock = mockFetch(async () => answer('{}', 200, 'application/json'));
    const controller = new AbortController();
    await request('/api/x', { signal: controller.signal });
    expect(fetchMock.mock.calls[0][1]?.signal).toBe(controller.signal);
  });

  it('turns problem JSON into an ApiError with field errors', async () => {
    const problem = {
      type: 'about:blank',
      title: 'The dataset is not valid',
      status: 400,
      detail: 'Fix the marked fields and upload again.',
      errors: [{ field: 'name', message: 'Enter a name.' }, { bogus: true }],
    };
    mockFetch(async () => answer(JSON.stringify(problem), 400, 'application/problem+json'));

    const error = await failure(request('/api/datasets/upload', { method: 'POST', body: {} }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      title: 'The dataset is not valid',
      detail: 'Fix the marked fields and upload again.',
      fieldErrors: [{ field: 'name', message: 'Enter a name.' }],
    });
  });

  it('fills a problem without title or detail from its status', async () => {
    mockFetch(async () => answer('{"status":503}', 503, 'application/problem+json'));
    const error = (await failure(request('/api/x'))) as ApiError;
    expect(error.status).toBe(503);
    expect(error.title).toBe('The service is unavailable');
    expect(error.detail).toBe('The server answered with status 503. Try again in a moment.');
  });

  it.each([
    ['an HTML page', '<html><body><h1>502 Bad Gateway</h1><pre>stack at x.y.Z</pre></body></html>', 'text/html'],
    ['plain text', 'java.lang.IllegalStateException: boom', 'text/plain'],
    ['broken JSON', '{"title": "half', 'application/problem+json'],
  ])('gives a human message for %s without leaking the body', async (_kind, body, type) => {
    mockFetch(async () => answer(body, 502, type));
    const error = (await failure(request('/api/x'))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.title).toBe('The Training API answered with an error');
    expect(error.detail).toBe('The server answered with status 502. Try again in a moment.');
    expect(`${error.title} ${error.detail} ${error.message}`).not.toMatch(/html|Exception|stack|half/i);
    expect(error.fieldErrors).toEqual([]);
  });

  it('reports a network failure as status 0 with a human sentence', async () => {
    mockFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = (await failure(request('/api/x'))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.detail).toBe('The server could not be reached. Check your connection and retry.');
  });

  it('rethrows an abort as the AbortError it is', async () => {
    const controller = new AbortController();
    mockFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('The operation was aborted.', 'AbortError')),
          );
        }),
    );
    const pending = failure(request('/api/x', { signal: controller.signal }));
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('reports an unreadable success body as an ApiError', async () => {
    mockFetch(async () => answer('not json', 200, 'application/json'));
    const error = (await failure(request('/api/x'))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.title).toBe('Unexpected answer from the server');
  });

  it('returns undefined for 204 No Content', async () => {
    mockFetch(async () => new Response(null, { status: 204 }));
    await expect(request('/api/x', { method: 'DELETE' })).resolves.toBeUndefined();
  });
});
