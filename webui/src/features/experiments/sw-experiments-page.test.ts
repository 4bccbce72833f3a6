import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearConfigCache } from '../../api/config.js';
import { clearFreshAnswers } from '../../api/http.js';
import type { SwExperimentsPage } from './sw-experiments-page.js';
import './sw-experiments-page.js';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

const run = {
  id: 'e-1', name: 'Support <b>bot</b>', status: 'running', progress: 0.42, baseModelId: 'm-1', baseModelName: 'SmolLM2',
  trainingDatasetId: 'd-1', trainingDatasetName: null, evaluationDatasetId: 'd-2', createdAt: '2026-11-01T10:00:00Z',
  evaluationIds: [],
};

function backend(pages: unknown[]) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url === '/api/config') return json({ pollIntervalMs: 5000 });
    return json(pages.length > 1 ? pages.shift() : pages[0]);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.useRealTimers();
  clearConfigCache();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  clearFreshAnswers();
  window.history.replaceState(null, '', '/');
});

const root = (page: SwExperimentsPage) => page.shadowRoot!;
const table = (page: SwExperimentsPage) => root(page).querySelector('sw-data-table')?.shadowRoot;

async function mount(url: string) {
  window.history.replaceState(null, '', url);
  const page = document.createElement('sw-experiments-page');
  document.body.append(page);
  await page.updateComplete;
  return page;
}

describe('sw-experiments-page', () => {
  it('lists experiments with status, a labelled progress bar, names with id fallback, the name as the one link', async () => {
    const fetchMock = backend([{ items: [run], total: 1 }]);
    const page = await mount('/experiments?status=running');
    await vi.waitFor(() => expect(table(page)?.querySelectorAll('tbody tr')).toHaveLength(1));
    const headers = Array.from(table(page)!.querySelectorAll('th'), (th) => th.textContent?.trim());
    expect(headers).toEqual(['Experiment name', 'Status', 'Base model', 'Dataset', 'Created']);
    const cells = Array.from(table(page)!.querySelectorAll('td'), (td) => td.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells[0]).toBe('Support <b>bot</b>');
    expect(cells[2]).toBe('SmolLM2');
    expect(cells[3]).toBe('d-1');
    const links = table(page)!.querySelectorAll('td a');
    expect(Array.from(links, (a) => a.getAttribute('href'))).toEqual(['/experiments/e-1']);
    expect(links[0].getAttribute('title')).toBe('Support <b>bot</b>');
    const bar = table(page)!.querySelector('sw-progress-bar')!;
    await bar.updateComplete;
    expect(bar.shadowRoot!.querySelector('progress')?.getAttribute('aria-label')).toBe('Progress of Support <b>bot</b>');
    expect(bar.shadowRoot!.querySelector('progress')?.getAttribute('value')).toBe('42');
    expect(String(fetchMock.mock.calls.find(([u]) => String(u).startsWith('/api/experiments'))![0])).toBe(
      '/api/experiments?status=running&sort=-createdAt&offset=0&limit=25',
    );
  });

  it('invites to train the first model when there are no experiments', async () => {
    backend([{ items: [], total: 0 }]);
    const page = await mount('/experiments');
    await vi.waitFor(() => expect(root(page).querySelector('sw-empty a')?.getAttribute('href')).toBe('/train'));
    expect(root(page).querySelector('sw-empty')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'No experiments yet — train your first model.',
    );
  });

  it('polls while a run can change, keeps the rows through a failed refresh, announces the change once, then stops', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const answers: (unknown | Error)[] = [
      { items: [run], total: 1 },
      new Error('down'),
      { items: [{ ...run, status: 'completed', progress: 1 }], total: 1 },
    ];
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
      if (String(input) === '/api/config') return json({ pollIntervalMs: 5000 });
      const next = answers.length > 1 ? answers.shift() : answers[0];
      return next instanceof Error ? new Response('{}', { status: 502, headers: { 'Content-Type': 'application/json' } }) : json(next);
    });
    vi.stubGlobal('fetch', fetchMock);
    const page = await mount('/experiments');
    await vi.waitFor(() => expect(table(page)?.querySelectorAll('tbody tr')).toHaveLength(1));
    const listCalls = () => fetchMock.mock.calls.filter(([u]) => String(u).startsWith('/api/experiments')).length;
    const refresh = root(page).querySelector('sw-refresh-status')!;

    await vi.advanceTimersByTimeAsync(5000);
    await vi.waitFor(() => expect(refresh.failed).toBe(true));
    await refresh.updateComplete;
    expect(refresh.shadowRoot!.textContent).toContain('Could not refresh — retrying');
    expect(table(page)?.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(root(page).querySelector('sw-error')).toBeNull();

    await vi.advanceTimersByTimeAsync(5000);
    const live = root(page).querySelector('p[role="status"]')!;
    await vi.waitFor(() => expect(live.textContent).toBe('Experiment “Support <b>bot</b>” is now completed.'));
    expect(refresh.failed).toBe(false);
    const calls = listCalls();
    expect(calls).toBe(3);
    await vi.advanceTimersByTimeAsync(60000);
    expect(listCalls()).toBe(calls);
  });
});
