import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearConfigCache } from '../../api/config.js';
import { clearFreshAnswers } from '../../api/http.js';
import { runningNote } from './sw-home-page.js';

afterEach(() => {
  vi.useRealTimers();
  clearConfigCache();
  clearFreshAnswers();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const unavailable = { status: 503, title: 'Training API unavailable', detail: 'Try again in a moment.' };

/** Text of an element and everything in its shadow roots. */
function deepText(node: Node): string {
  const own = node instanceof Element && node.shadowRoot ? deepText(node.shadowRoot) : '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return own + Array.from(node.childNodes, deepText).join(' ');
}

const run = { id: 'e1', name: 'Support bot v1', status: 'running', progress: 0.5, createdAt: '2026-11-20T10:00:00Z' };

function dashboard(items: unknown[], running: number) {
  return {
    datasets: { total: 3, error: null },
    models: { total: 2, error: null },
    experiments: { total: items.length, error: null },
    runningExperiments: { total: running, error: null },
    recentExperiments: { items, error: null },
  };
}

async function mount(until: string) {
  const page = document.createElement('sw-home-page');
  document.body.append(page);
  await vi.waitFor(() => expect(deepText(page)).toContain(until));
  return page;
}

describe('sw-home-page', () => {
  it('shows totals, a per-card error and the recent experiments with unknown statuses as-is', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({
          datasets: { total: 12840, error: null },
          models: { total: null, error: unavailable },
          experiments: { total: 2, error: null },
          runningExperiments: { total: 1, error: null },
          recentExperiments: {
            items: [
              { id: 'e1', name: 'Support bot v1', status: 'running', progress: 0.5, createdAt: '2026-11-20T10:00:00Z' },
              { id: 'e2', name: 'Tone classifier', status: 'paused_for_review', createdAt: 'garbage' },
            ],
            error: null,
          },
        }),
      ),
    );
    const text = deepText(await mount('Support bot v1'));
    expect(text).not.toContain('Loading');
    expect(text).toContain('Total datasets');
    expect(text).toContain(new Intl.NumberFormat().format(12840));
    expect(text).toContain('Training API unavailable');
    expect(text).toContain('Support bot v1');
    expect(text).toContain('Running');
    expect(text).toContain('50%');
    expect(text).toContain('paused_for_review');
    expect(text).toContain('1 running');
  });

  it('says how many experiments run now, or that the count is missing', () => {
    expect(runningNote({ total: 2, error: null })).toBe('2 running');
    expect(runningNote({ total: 0, error: null })).toBe('0 running');
    expect(runningNote({ total: null, error: new Error('down') as never })).toBe('Running count not available');
    expect(runningNote({ total: null, error: null })).toBe('');
  });

  it('links each recent experiment by name to its detail page', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(dashboard([{ ...run, id: 'e 1', status: 'completed' }], 0))));
    const page = await mount('Support bot v1');
    const table = page.shadowRoot?.querySelector('sw-data-table')?.shadowRoot;
    const link = table?.querySelector('tbody a');
    expect(link?.textContent?.trim()).toBe('Support bot v1');
    expect(link?.getAttribute('href')).toBe('/experiments/e%201');
  });

  it('polls while an experiment runs, keeps the data through a failed refresh, and stops when none runs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const answers: (unknown | Error)[] = [
      dashboard([run], 1),
      new Error('down'),
      dashboard([{ ...run, status: 'completed', progress: 1 }], 0),
    ];
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
      if (String(input) === '/api/config') return json({ pollIntervalMs: 5000 });
      const next = answers.length > 1 ? answers.shift() : answers[0];
      return next instanceof Error ? json({ status: 502, title: 'Training API error' }, 502, 'application/problem+json') : json(next);
    });
    vi.stubGlobal('fetch', fetchMock);
    const calls = () => fetchMock.mock.calls.filter(([u]) => String(u) === '/api/dashboard').length;
    const page = await mount('1 running');
    const refresh = page.shadowRoot!.querySelector('sw-refresh-status')!;
    expect(calls()).toBe(1);

    await vi.advanceTimersByTimeAsync(5000);
    await vi.waitFor(() => expect(refresh.failed).toBe(true));
    await refresh.updateComplete;
    expect(refresh.shadowRoot!.textContent).toContain('Could not refresh — retrying');
    expect(deepText(page)).toContain('Support bot v1');
    expect(deepText(page)).toContain('1 running');
    expect(page.shadowRoot!.querySelector('sw-error')).toBeNull();

    await vi.advanceTimersByTimeAsync(5000);
    await vi.waitFor(() => expect(deepText(page)).toContain('0 running'));
    expect(refresh.failed).toBe(false);
    expect(deepText(page)).toContain('Completed');
    expect(calls()).toBe(3);
    await vi.advanceTimersByTimeAsync(60000);
    expect(calls()).toBe(3);
  });

  it('does not poll when nothing runs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetchMock = vi.fn(async (_input: RequestInfo | URL) => json(dashboard([{ ...run, status: 'failed' }], 0)));
    vi.stubGlobal('fetch', fetchMock);
    await mount('0 running');
    await vi.advanceTimersByTimeAsync(60000);
    expect(fetchMock.mock.calls.filter(([u]) => String(u) === '/api/dashboard')).toHaveLength(1);
  });

  it('shows the empty state with a link to /train', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({
          datasets: { total: 0, error: null },
          models: { total: 0, error: null },
          experiments: { total: 0, error: null },
          recentExperiments: { items: [], error: null },
        }),
      ),
    );
    const page = await mount('No experiments yet.');
    const links = Array.from(page.shadowRoot?.querySelectorAll('a') ?? [], (a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toContainEqual(['Train your first model.', '/train']);
    expect(links).toContainEqual(['Train Model', '/train']);
  });

  it('shows one error with Retry when the whole request fails, and Retry asks again', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL) =>
      json({ status: 502, title: 'The Training API answered with an error', detail: 'Try later.' }, 502, 'application/problem+json'),
    );
    vi.stubGlobal('fetch', fetchMock);
    const page = await mount('The Training API answered with an error');
    const error = page.shadowRoot?.querySelector('sw-error');
    error?.shadowRoot?.querySelector('button')?.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.filter(([u]) => String(u) === '/api/dashboard')).toHaveLength(2));
  });
});
