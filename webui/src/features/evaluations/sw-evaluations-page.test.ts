import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearConfigCache } from '../../api/config.js';
import { clearFreshAnswers } from '../../api/http.js';
import type { SwEvaluationsPage } from './sw-evaluations-page.js';

import './sw-evaluations-page.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });

const row = (id: string, name: string, accuracy: number, perplexity: number) => ({
  id, experimentId: `exp-${id}`, experimentName: name, modelId: 'm-1', modelName: 'Tuned', datasetId: 'd-1', datasetName: null,
  createdAt: '2026-11-21T10:00:00Z', metrics: { accuracy, f1: 0.8, perplexity },
});

const rows = [row('ev-1', 'First', 0.9, 7.25), row('ev-2', 'Second', 0.7, 6.5)];

function backend(list: { items: unknown[]; total: number } = { items: rows, total: 2 }) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname === '/api/config') return json({ pollIntervalMs: 5000 });
    if (url.pathname === '/api/evaluations') return json(list);
    if (url.pathname === '/api/evaluations/facets') {
      return json({ experiments: [{ id: 'exp-ev-1', name: 'First' }, { id: 'exp-ev-2', name: 'Second' }], models: [{ id: 'm-1', name: 'Tuned' }], datasets: [{ id: 'd-1', name: null }], complete: true });
    }
    return json({ title: 'Not found', detail: 'No such path.' }, 404);
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
const text = (el: Element | ShadowRoot | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

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

  it('keeps the selection in the URL and links it to its own page, above the table', async () => {
    backend();
    const page = await mount('/evaluations');
    await vi.waitFor(() => expect(checkboxes(page)).toHaveLength(2));
    checkboxes(page)[0].click();
    await vi.waitFor(() => expect(window.location.search).toBe('?ids=ev-1'));
    await page.updateComplete;
    const open = Array.from(root(page).querySelectorAll('a')).find((a) => text(a) === 'Open evaluation');
    expect(open?.getAttribute('href')).toBe('/evaluations/ev-1');
    // the selection bar comes before the table, never below the pager
    const bar = root(page).querySelector('.selection')!;
    expect(bar.compareDocumentPosition(root(page).querySelector('sw-data-table')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(root(page).querySelector('sw-evaluation-detail')).toBeNull();
    expect(root(page).querySelector('a[download]')?.getAttribute('href')).toBe('/api/evaluations/export.csv?ids=ev-1');
    checkboxes(page)[1].click();
    await vi.waitFor(() => expect(window.location.search).toBe('?ids=ev-1%2Cev-2'));
    await page.updateComplete;
    const compare = Array.from(root(page).querySelectorAll('a')).find((a) => text(a) === 'Compare 2 runs');
    expect(compare?.getAttribute('href')).toBe('/evaluations/compare?ids=ev-1,ev-2');
    Array.from(root(page).querySelectorAll('button')).find((b) => text(b) === 'Clear selection')!.click();
    await vi.waitFor(() => expect(window.location.search).toBe(''));
    await vi.waitFor(() => expect(root(page).activeElement?.classList.contains('selection-hint')).toBe(true));
  });

  it('searches names through the BFF, sorts by a metric and links names to their pages', async () => {
    const fetchMock = backend();
    const page = await mount('/evaluations?q=first&sort=-accuracy');
    await vi.waitFor(() => expect(checkboxes(page)).toHaveLength(2));
    const urls = fetchMock.mock.calls.map(([u]) => String(u));
    expect(urls).toContain('/api/evaluations?q=first&sort=-accuracy&offset=0&limit=25');
    const accuracy = Array.from(table(page)!.querySelectorAll('th')).find((th) => text(th) === 'Accuracy');
    expect(accuracy?.getAttribute('aria-sort')).toBe('descending');
    const links = Array.from(table(page)!.querySelectorAll('tbody tr:first-child a'), (a) => a.getAttribute('href'));
    expect(links).toEqual(['/experiments/exp-ev-1', '/models/m-1', '/datasets/d-1', '/evaluations/ev-1']);
    expect(root(page).querySelector('sw-list-toolbar')?.search).toBe('first');
  });

  it('shows optional columns chosen, and remembers the choice in this browser', async () => {
    localStorage.removeItem('slm-workbench.evaluations.columns');
    backend({ items: [{ ...rows[0], evalLoss: 0.4321, learningRate: 0.0002, epochs: 3, batchSize: 8 }], total: 1 });
    const page = await mount('/evaluations');
    await vi.waitFor(() => expect(checkboxes(page)).toHaveLength(1));
    const choice = Array.from(root(page).querySelectorAll<HTMLInputElement>('.columns input'));
    expect(Array.from(root(page).querySelectorAll('.columns label'), text)).toEqual(['Evaluation loss', 'Learning rate', 'Epochs', 'Batch size']);
    choice[0].click();
    choice[3].click();
    await page.updateComplete;
    await vi.waitFor(() => expect(Array.from(table(page)!.querySelectorAll('thead th'), text)).toContain('Batch size'));
    const headers = Array.from(table(page)!.querySelectorAll('thead th'), text);
    expect(headers.slice(4)).toEqual(['Accuracy', 'F1', 'Perplexity', 'Evaluation loss', 'Batch size', 'Created']);
    const cells = Array.from(table(page)!.querySelectorAll('tbody td'), text);
    expect(cells.slice(7, 9)).toEqual(['0.4321', '8']);
    expect(JSON.parse(localStorage.getItem('slm-workbench.evaluations.columns')!)).toEqual(['evalLoss', 'batchSize']);
    page.remove();
    const again = await mount('/evaluations');
    await vi.waitFor(() => expect(Array.from(table(again)?.querySelectorAll('thead th') ?? [], text)).toContain('Evaluation loss'));
    localStorage.removeItem('slm-workbench.evaluations.columns');
  });

  it('invites to train a model when there are no evaluations', async () => {
    backend({ items: [], total: 0 });
    const page = await mount('/evaluations');
    await vi.waitFor(() => expect(text(root(page))).toContain('No evaluations yet — they appear when a training run completes.'));
    expect(root(page).querySelector('sw-empty a')?.getAttribute('href')).toBe('/train');
  });
});
