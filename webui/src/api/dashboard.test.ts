import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.js';
import { getDashboard, toDashboard } from './dashboard.js';
import { clearFreshAnswers } from './http.js';

afterEach(() => {
  vi.unstubAllGlobals();
  clearFreshAnswers();
});

const unavailable = {
  status: 503,
  title: 'Training API unavailable',
  detail: 'The Training API is not reachable. Try again in a moment.',
};

describe('dashboard', () => {
  it('calls GET /api/dashboard with the signal and returns typed parts', async () => {
    const body = {
      datasets: { total: 3, error: null },
      models: { total: null, error: unavailable },
      experiments: { total: 1, error: null },
      runningExperiments: { total: null, error: unavailable },
      recentExperiments: { items: [{ id: 'exp-1', name: 'Support bot v1', status: 'completed' }], error: null },
    };
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const controller = new AbortController();

    const dashboard = await getDashboard(controller.signal);

    expect((fetchMock.mock.calls[0] as unknown[])[0]).toBe('/api/dashboard');
    expect((fetchMock.mock.calls[0] as unknown[])[1]).toMatchObject({ signal: controller.signal });
    expect(dashboard.datasets).toEqual({ total: 3, error: null });
    expect(dashboard.models.total).toBeNull();
    expect(dashboard.models.error).toBeInstanceOf(ApiError);
    expect(dashboard.models.error).toMatchObject(unavailable);
    expect(dashboard.runningExperiments.total).toBeNull();
    expect(dashboard.runningExperiments.error).toMatchObject(unavailable);
    expect(dashboard.recentExperiments.items).toHaveLength(1);
  });

  it('polls with the last ETag and keeps the answer on a 304', async () => {
    const body = { datasets: { total: 4, error: null }, recentExperiments: { items: [], error: null } };
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json', ETag: '"d1"' } }))
      .mockResolvedValueOnce(new Response(null, { status: 304, headers: { ETag: '"d1"' } }));
    vi.stubGlobal('fetch', fetchMock);

    expect((await getDashboard()).datasets.total).toBe(4);
    expect((await getDashboard()).datasets.total).toBe(4);
    const second = (fetchMock.mock.calls[1] as unknown[])[1] as { headers: Record<string, string> };
    expect(second.headers['If-None-Match']).toBe('"d1"');
  });

  it('tolerates missing and malformed parts and keeps at most five experiments', () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ id: `e${i}` }));
    const dashboard = toDashboard({ datasets: 'nope', recentExperiments: { items: [...items, null] } });
    expect(dashboard.datasets).toEqual({ total: null, error: null });
    expect(dashboard.models).toEqual({ total: null, error: null });
    expect(dashboard.runningExperiments).toEqual({ total: null, error: null });
    expect(toDashboard({ runningExperiments: { total: 2 } }).runningExperiments).toEqual({ total: 2, error: null });
    expect(dashboard.recentExperiments.items.map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    expect(toDashboard(null).recentExperiments).toEqual({ items: [], error: null });
  });
});
