import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.js';
import { getModel, listModels, toModelDetail } from './models.js';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

const base = { id: 'm-base', name: 'SmolLM2', type: 'base', version: '1', latest: true };
const tuned = { id: 'm-1', name: 'Support bot', type: 'fine_tuned', version: '2', baseModelId: 'm-base' };
const evaluation = { id: 'ev-1', modelId: 'm-1', metrics: { accuracy: 0.91, f1: 0.88, perplexity: 7.2 } };

function mockFetch(body: unknown) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => json(body));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('models', () => {
  it('lists with the query in the URL and the signal passed on', async () => {
    const fetchMock = mockFetch({ items: [base, tuned], total: 2 });
    const controller = new AbortController();
    const page = await listModels({ sort: '-createdAt', offset: 0, limit: 10, type: 'fine_tuned' }, controller.signal);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/models?sort=-createdAt&offset=0&limit=10&type=fine_tuned');
    expect(fetchMock.mock.calls[0][1]?.signal).toBe(controller.signal);
    expect(page.total).toBe(2);
  });

  it('gets the model with its base model, experiment and evaluations', async () => {
    const experiment = { id: 'exp-1', name: 'Support bot v2', status: 'completed' };
    const fetchMock = mockFetch({ model: tuned, baseModel: base, experiment, evaluations: [evaluation] });
    const detail = await getModel('m-1');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/models/m-1');
    expect(detail).toEqual({ model: tuned, baseModel: base, experiment, evaluations: [evaluation] });
  });

  it('leaves a missing or malformed linked part empty', () => {
    expect(toModelDetail({ model: base, baseModel: null, evaluations: 'nope' })).toEqual({
      model: base,
      baseModel: null,
      experiment: null,
      evaluations: [],
    });
  });

  it('fails readably when the model itself is missing', () => {
    expect(() => toModelDetail({ baseModel: base })).toThrow(ApiError);
  });
});
