import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.js';
import { cancelExperiment, createExperiment, getExperiment, listExperiments } from './experiments.js';
import { clearFreshAnswers } from './http.js';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

function mockFetch(...answers: Response[]) {
  const fn = vi.fn(async () => answers.shift() ?? new Response(null, { status: 500 }));
  vi.stubGlobal('fetch', fn);
  return fn;
}

const headerOf = (fn: ReturnType<typeof mockFetch>, call: number, name: string) =>
  new Headers((fn.mock.calls[call] as unknown as [string, RequestInit])[1].headers).get(name);

const run = { id: 'e1', name: 'Run', status: 'running', evaluationIds: [] };

afterEach(() => {
  vi.unstubAllGlobals();
  clearFreshAnswers();
});

describe('listExperiments', () => {
  it('sends the last ETag as If-None-Match and returns the same page on 304', async () => {
    const fetchMock = mockFetch(
      json({ items: [run], total: 1 }, 200, { ETag: '"v1"' }),
      new Response(null, { status: 304 }),
    );
    const first = await listExperiments({ status: 'running', offset: 0 });
    const second = await listExperiments({ status: 'running', offset: 0 });
    expect(first.items[0].name).toBe('Run');
    expect(second).toBe(first);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toBe('/api/experiments?status=running&offset=0');
    expect(headerOf(fetchMock, 0, 'If-None-Match')).toBeNull();
    expect(headerOf(fetchMock, 1, 'If-None-Match')).toBe('"v1"');
    expect(headerOf(fetchMock, 1, 'X-Requested-With')).toBe('slm-workbench');
  });

  it('keeps one ETag per URL and replaces it with the newer answer', async () => {
    const fetchMock = mockFetch(
      json({ items: [run], total: 1 }, 200, { ETag: '"a"' }),
      json({ items: [], total: 0 }, 200, { ETag: '"b"' }),
      json({ items: [run, { ...run, id: 'e2' }], total: 2 }, 200, { ETag: '"a2"' }),
      new Response(null, { status: 304 }),
    );
    await listExperiments({ q: 'a' });
    await listExperiments({ q: 'b' });
    await listExperiments({ q: 'a' });
    const again = await listExperiments({ q: 'a' });
    expect(headerOf(fetchMock, 1, 'If-None-Match')).toBeNull();
    expect(headerOf(fetchMock, 2, 'If-None-Match')).toBe('"a"');
    expect(headerOf(fetchMock, 3, 'If-None-Match')).toBe('"a2"');
    expect(again.total).toBe(2);
  });

  it('throws an ApiError on a failed poll and still polls conditionally afterwards', async () => {
    const fetchMock = mockFetch(
      json({ items: [run], total: 1 }, 200, { ETag: '"v1"' }),
      json({ title: 'Down', detail: 'The Training API is down.' }, 502),
      new Response(null, { status: 304 }),
    );
    const first = await listExperiments({});
    await expect(listExperiments({})).rejects.toBeInstanceOf(ApiError);
    await expect(listExperiments({})).resolves.toBe(first);
    expect(headerOf(fetchMock, 2, 'If-None-Match')).toBe('"v1"');
  });
});

describe('getExperiment', () => {
  it('reads the ETA and stale flag, defaulting what is missing', async () => {
    mockFetch(json({ ...run, etaSeconds: 180, stale: true }), json({ ...run, id: 'e2', etaSeconds: 'soon' }));
    const one = await getExperiment('e1');
    const two = await getExperiment('e2');
    expect([one.etaSeconds, one.stale]).toEqual([180, true]);
    expect([two.etaSeconds, two.stale, two.statusHistory]).toEqual([null, false, []]);
  });
});

describe('createExperiment', () => {
  const body = {
    name: 'n', description: '', goal: '', baseModelId: 'm', trainingDatasetId: 't', evaluationDatasetId: 'v',
    config: { learningRate: 2e-5, epochs: 3, batchSize: 8 },
  };

  it('sends the Idempotency-Key and the JSON body', async () => {
    const fetchMock = mockFetch(json(run, 201));
    await expect(createExperiment(body, 'key-1')).resolves.toMatchObject({ id: 'e1' });
    expect(headerOf(fetchMock, 0, 'Idempotency-Key')).toBe('key-1');
    expect(JSON.parse((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body as string)).toEqual(body);
  });

  it('rejects with field errors on a 400', async () => {
    mockFetch(json({ title: 'Invalid', errors: [{ field: 'learningRate', message: 'Too high.' }] }, 400));
    const error = await createExperiment(body, 'k').catch((e: unknown) => e);
    expect((error as ApiError).fieldErrors).toEqual([{ field: 'learningRate', message: 'Too high.' }]);
  });
});

describe('cancelExperiment', () => {
  it('posts to the cancel path and reports a 409 sentence', async () => {
    const fetchMock = mockFetch(json({ title: 'Conflict', detail: 'The experiment has already finished.' }, 409));
    const error = (await cancelExperiment('a/b').catch((e: unknown) => e)) as ApiError;
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toBe('/api/experiments/a%2Fb/cancel');
    expect([error.status, error.detail]).toEqual([409, 'The experiment has already finished.']);
  });
});
