import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearConfigCache } from '../../api/config.js';
import { clearFreshAnswers } from '../../api/http.js';
import type { SwEvaluationsPage } from './sw-evaluations-page.js';

vi.mock('uplot', () => ({
  default: class {
    width = 600;
    scales = { x: {} };
    cursor = { idx: null };
    setScale() {}
    setSeries() {}
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css?inline', () => ({ default: '' }));

import './sw-evaluations-page.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });

const row = (id: string, name: string, accuracy: number, perplexity: number) => ({
  id, experimentId: `exp-${id}`, experimentName: name, modelId: 'm-1', modelName: 'Tuned', datasetId: 'd-1', datasetName: null,
  createdAt: '2026-11-21T10:00:00Z', metrics: { accuracy, f1: 0.8, perplexity },
});

const detail = (id: string, name: string, accuracy: number, perplexity: number, lr: number) => ({
  ...row(id, name, accuracy, perplexity),
  trainingStats: { trainRuntimeSeconds: 1234.5, totalSteps: 300 },
  config: { learningRate: lr, epochs: 3, batchSize: 8, baseModelId: 'b', baseModelName: 'SmolLM2', trainingDatasetId: 't',
    trainingDatasetName: 'Support', evaluationDatasetId: 'd-1', evaluationDatasetName: null },
  lossCurve: { points: 3, totalPoints: 3, downsampled: false, train: { step: [1, 2, 3], epoch: [0.1, 0.2, 0.3], loss: [3, 2, 1] },
    eval: { step: [3], epoch: [0.3], loss: [1.2] } },
});

const rows = [row('ev-1', 'First', 0.9, 7.25), row('ev-2', 'Second', 0.7, 6.5)];
const details: Record<string, unknown> = { 'ev-1': detail('ev-1', 'First', 0.9, 7.25, 0.0002), 'ev-2': detail('ev-2', 'Second', 0.7, 6.5, 0.0001) };

function backend(list: { items: unknown[]; total: number } = { items: rows, total: 2 }, failing = new Set<string>()) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname === '/api/config') return json({ pollIntervalMs: 5000 });
    if (url.pathname === '/api/evaluations') return json(list);
    if (url.pathname === '/api/evaluations/facets') {
      return json({ experiments: [{ id: 'exp-ev-1', name: 'First' }, { id: 'exp-ev-2', name: 'Second' }], models: [{ id: 'm-1', name: 'Tuned' }], datasets: [{ id: 'd-1', name: null }], complete: true });
    }
    const id = decodeURIComponent(url.pathname.split('/').pop()!);
    if (failing.has(id)) return json({ title: 'Not found', detail: `There is no evaluation "${id}".` }, 404);
    return json(details[id]);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  clearConfigCache();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  clearFreshAnswers();
  window.history.replaceState(null, '', '/');
});

async function mount(url: string) {
  window.history.replaceState(null, '', url);
  const page = document.createElement('sw-evaluations-page');
  document.body.append(page);
  await page.updateComplete;
  return page;
}

const root = (page: SwEvaluationsPage) => page.shadowRoot!;
const table = (page: SwEvaluationsPage) => root(page).querySelector('sw-data-table')?.shadowRoot;
const checkboxes = (page: SwEvaluationsPage) => Array.from(table(page)?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []);
const cells = (tr: Element) => Array.from(tr.children, (c) => text(c)).join(' | ');
const text = (el: Element | ShadowRoot | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function nested(page: SwEvaluationsPage, tag: 'sw-evaluation-detail' | 'sw-evaluation-compare') {
  let element: HTMLElement & { updateComplete: Promise<boolean> } | null = null;
  await vi.waitFor(() => {
    element = root(page).querySelector(tag);
    expect(element).not.toBeNull();
  });
  // The detail and compare views load lazily, on the first selection.
  await customElements.whenDefined(tag);
  await element!.updateComplete;
  return element!.shadowRoot!;
}

describe('sw-evaluations-page', () => {
  it('lists evaluations with the filters from the URL and labelled checkboxes', async () => {
    const fetchMock = backend();
    const page = await mount('/evaluations?experimentId=exp-ev-1&offset=0');
    await vi.waitFor(() => expect(checkboxes(page)).toHaveLength(2));
    expect(checkboxes(page)[0].getAttribute('aria-label')).toMatch(/^Select First, evaluated /);
    const cells = Array.from(table(page)!.querySelectorAll('tbody tr:first-child td'), (td) => text(td));
    expect(cells.slice(1, 7)).toEqual(['First', 'Tuned', 'd-1', '90.0%', '80.0%', '7.25']);
    const urls = fetchMock.mock.calls.map(([u]) => String(u));
    expect(urls).toContain('/api/evaluations?experimentId=exp-ev-1&sort=-createdAt&offset=0&limit=25');
    expect(urls).toContain('/api/evaluations/facets?experimentId=exp-ev-1');
    const labels = Array.from(root(page).querySelectorAll('sw-combobox'), (c) => c.label);
    expect(labels).toEqual(['Experiment', 'Model', 'Evaluation dataset']);
  });

  it('keeps the selection in the URL and shows one evaluation in full', async () => {
    backend();
    const page = await mount('/evaluations');
    await vi.waitFor(() => expect(checkboxes(page)).toHaveLength(2));
    checkboxes(page)[0].click();
    await vi.waitFor(() => expect(window.location.search).toBe('?ids=ev-1'));
    const shadow = await nested(page, 'sw-evaluation-detail');
    expect(Array.from(shadow.querySelectorAll('.metrics div'), (d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`)).toEqual([
      'Accuracy: 90.0%', 'F1: 80.0%', 'Perplexity: 7.25',
    ]);
    const stats = Array.from(shadow.querySelectorAll('tbody tr'), cells);
    expect(stats).toEqual(['Train runtime seconds | 1,234.5', 'Total steps | 300']);
    expect(root(page).querySelector('a[download]')?.getAttribute('href')).toBe('/api/evaluations/export.csv?ids=ev-1');
  });

  it('compares the runs of a pasted link, best values marked, Differences only', async () => {
    const fetchMock = backend();
    const page = await mount('/evaluations?ids=ev-1,ev-2');
    const shadow = await nested(page, 'sw-evaluation-compare');
    const details = fetchMock.mock.calls.map(([u]) => String(u)).filter((u) => /\/api\/evaluations\/ev-/.test(u));
    expect(details.sort()).toEqual(['/api/evaluations/ev-1?points=2000', '/api/evaluations/ev-2?points=2000']);
    const metricRows = Array.from(shadow.querySelectorAll('table')[0].querySelectorAll('tbody tr'), (tr) => text(tr));
    expect(metricRows[0]).toBe('Accuracy (higher is better) 90.0% Best 70.0%');
    expect(metricRows[2]).toBe('Perplexity (lower is better) 7.25 6.50 Best');
    const toggle = shadow.querySelector('sw-switch')!;
    await toggle.updateComplete;
    expect(toggle.shadowRoot!.querySelector('input')?.getAttribute('role')).toBe('switch');
    toggle.shadowRoot!.querySelector('input')!.click();
    await (root(page).querySelector('sw-evaluation-compare') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const configRows = Array.from(shadow.querySelectorAll('table')[1].querySelectorAll('tbody tr'), cells);
    expect(configRows).toEqual(['Learning rate (differs) | 0.0002 | 0.0001']);
    expect(root(page).querySelector('a[download]')?.getAttribute('href')).toBe('/api/evaluations/export.csv?ids=ev-1,ev-2');
  });

  it('shows a failing detail’s error with Retry and keeps the list', async () => {
    backend(undefined, new Set(['gone']));
    const page = await mount('/evaluations?ids=gone');
    await vi.waitFor(() => expect(text(root(page).querySelector('sw-error')?.shadowRoot)).toContain('There is no evaluation "gone".'));
    expect(text(root(page).querySelector('sw-error')?.shadowRoot)).toContain('Retry');
    await vi.waitFor(() => expect(checkboxes(page)).toHaveLength(2));
  });

  it('invites to train a model when there are no evaluations', async () => {
    backend({ items: [], total: 0 });
    const page = await mount('/evaluations');
    await vi.waitFor(() => expect(text(root(page))).toContain('No evaluations yet — they appear when a training run completes.'));
    expect(root(page).querySelector('sw-empty a')?.getAttribute('href')).toBe('/train');
  });
});
