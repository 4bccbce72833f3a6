import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.js';
import {
  CHART_POINTS, MIN_COMPARE_POINTS, exportCsvHref, getEvaluation, getEvaluationFacets, listEvaluations, pointsPerRun,
  toEvaluationDetail,
} from './evaluations.js';
import { clearFreshAnswers } from './http.js';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

function mockFetch(...answers: Response[]) {
  const fn = vi.fn(async () => answers.shift() ?? new Response(null, { status: 500 }));
  vi.stubGlobal('fetch', fn);
  return fn;
}

const urlOf = (fn: ReturnType<typeof mockFetch>, call = 0) => String((fn.mock.calls[call] as unknown[])[0]);

afterEach(() => {
  vi.unstubAllGlobals();
  clearFreshAnswers();
});

describe('listEvaluations', () => {
  it('asks with the filters and paging, leaves empty filters out and reuses the page on 304', async () => {
    const fetchMock = mockFetch(json({ items: [{ id: 'ev-1' }], total: 1 }, 200, { ETag: '"1"' }), new Response(null, { status: 304 }));
    const query = { experimentId: 'exp 1', modelId: '', sort: '-createdAt', offset: 0, limit: 25 };
    const first = await listEvaluations(query);
    expect(await listEvaluations(query)).toBe(first);
    expect(urlOf(fetchMock)).toBe('/api/evaluations?experimentId=exp+1&sort=-createdAt&offset=0&limit=25');
  });
});

describe('getEvaluationFacets', () => {
  it('reads the three lists, names or null, and whether the scan was complete', async () => {
    const fetchMock = mockFetch(json({ experiments: [{ id: 'e', name: 'Exp' }, { id: 'x' }, 'junk'], models: null, datasets: [{ id: 'd', name: null }], complete: false }));
    const facets = await getEvaluationFacets({ modelId: 'm-1', datasetId: '' });
    expect(urlOf(fetchMock)).toBe('/api/evaluations/facets?modelId=m-1');
    expect(facets).toEqual({
      experiments: [{ id: 'e', name: 'Exp' }, { id: 'x', name: null }],
      models: [],
      datasets: [{ id: 'd', name: null }],
      complete: false,
    });
  });
});

describe('getEvaluation', () => {
  it('asks for 2,000 points by default and reads the curve', async () => {
    const fetchMock = mockFetch(json({
      id: 'ev/1', metrics: { accuracy: 0.9 }, trainingStats: { steps: 10, gpu: 'A100', bad: { x: 1 } }, config: null,
      lossCurve: { points: 3, totalPoints: 3, downsampled: false, train: { step: [1, 2, 3], epoch: [0.1, 0.2, 0.3], loss: [3, 2, 1] }, eval: { step: [3], epoch: [0.3], loss: [1.5] } },
    }));
    const detail = await getEvaluation('ev/1');
    expect(urlOf(fetchMock)).toBe('/api/evaluations/ev%2F1?points=2000');
    expect(detail.trainingStats).toEqual({ steps: 10, gpu: 'A100' });
    expect(detail.lossCurve.train.loss).toEqual([3, 2, 1]);
    expect(detail.lossCurve.eval.step).toEqual([3]);
  });

  it('throws the BFF sentence on 404', async () => {
    mockFetch(json({ title: 'Not found', detail: 'There is no evaluation "nope".' }, 404, { 'Content-Type': 'application/problem+json' }));
    await expect(getEvaluation('nope')).rejects.toMatchObject({ status: 404, detail: 'There is no evaluation "nope".' });
  });
});

describe('toEvaluationDetail', () => {
  it('turns a missing or ragged curve into aligned empty-safe arrays', () => {
    const detail = toEvaluationDetail({ id: 'e', lossCurve: { train: { step: [1, 2, 3], loss: [1, 'x'] }, downsampled: true } });
    expect(detail.lossCurve.train).toEqual({ step: [1, 2], epoch: [Number.NaN, Number.NaN], loss: [1, Number.NaN] });
    expect(detail.lossCurve.eval).toEqual({ step: [], epoch: [], loss: [] });
    expect(detail.lossCurve.downsampled).toBe(true);
    expect(detail.trainingStats).toEqual({});
    expect(detail.metrics).toEqual({});
  });

  it('refuses an answer without an id', () => {
    expect(() => toEvaluationDetail({ name: 'x' })).toThrow(ApiError);
  });
});

describe('exportCsvHref', () => {
  it('lists the ids, each encoded, comma separated', () => {
    expect(exportCsvHref(['a', 'b c', 'd,e'])).toBe('/api/evaluations/export.csv?ids=a,b%20c,d%2Ce');
  });
});

describe('pointsPerRun', () => {
  it('asks the full 2,000 points for one or two runs, fewer as more runs share the chart', () => {
    expect(pointsPerRun(1)).toBe(CHART_POINTS);
    expect(pointsPerRun(2)).toBe(CHART_POINTS);
    expect(pointsPerRun(3)).toBe(1300);
    expect(pointsPerRun(4)).toBe(1000);
    expect(pointsPerRun(8)).toBe(MIN_COMPARE_POINTS);
  });

  it('never asks fewer than the minimum, and eight runs ask no more points in all than four', () => {
    for (let runs = 1; runs <= 8; runs++) {
      expect(pointsPerRun(runs)).toBeGreaterThanOrEqual(MIN_COMPARE_POINTS);
      expect(pointsPerRun(runs)).toBeLessThanOrEqual(CHART_POINTS);
    }
    expect(8 * pointsPerRun(8)).toBeLessThanOrEqual(4 * pointsPerRun(4));
  });
});
