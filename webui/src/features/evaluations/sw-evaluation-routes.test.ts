import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearConfigCache } from '../../api/config.js';
import { clearFreshAnswers } from '../../api/http.js';

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

import './sw-evaluation-page.js';
import './sw-compare-page.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });

const detail = (id: string, name: string, accuracy: number, perplexity: number, lr: number, extra: object = {}) => ({
  id, experimentId: `exp-${id}`, experimentName: name, modelId: 'm-1', modelName: 'Tuned', datasetId: 'd-1', datasetName: null,
  createdAt: '2026-11-21T10:00:00Z', metrics: { accuracy, f1: 0.8, perplexity },
  trainingStats: { trainRuntimeSeconds: 1234.5, totalSteps: 300 },
  config: { learningRate: lr, epochs: 3, batchSize: 8, baseModelId: 'b', baseModelName: 'SmolLM2', trainingDatasetId: 't',
    trainingDatasetName: 'Support', evaluationDatasetId: 'd-1', evaluationDatasetName: null },
  lossCurve: { points: 3, totalPoints: 3, downsampled: false, train: { step: [1, 2, 3], epoch: [0.1, 0.2, 0.3], loss: [3, 2, 1] },
    eval: { step: [3], epoch: [0.3], loss: [1.2] } },
  ...extra,
});

const details: Record<string, unknown> = {
  'ev-1': detail('ev-1', 'First', 0.9, 7.25, 0.0002, { step: 1200, evalLoss: 1.2, evalLossStep: 1200 }),
  'ev-2': detail('ev-2', 'Second', 0.7, 6.5, 0.0001),
};

function backend(failing = new Set<string>()) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname === '/api/config') return json({ pollIntervalMs: 5000 });
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

type Page = HTMLElement & { updateComplete: Promise<boolean>; itemId?: string };

async function mount(tag: 'sw-evaluation-page' | 'sw-compare-page', url: string, id?: string): Promise<Page> {
  window.history.replaceState(null, '', url);
  const page = document.createElement(tag) as Page;
  if (id) page.itemId = id;
  document.body.append(page);
  await page.updateComplete;
  return page;
}

const text = (el: Element | ShadowRoot | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cells = (tr: Element) => Array.from(tr.children, (c) => text(c)).join(' | ');

async function nested(page: Page, tag: 'sw-evaluation-detail' | 'sw-evaluation-compare') {
  let element: Page | null = null;
  await vi.waitFor(() => {
    element = page.shadowRoot!.querySelector(tag);
    expect(element).not.toBeNull();
  });
  await element!.updateComplete;
  return element!.shadowRoot!;
}

describe('sw-evaluation-page', () => {
  it('reads one evaluation in full: named heading, the list one click away, metrics with what they are and their step', async () => {
    backend();
    const page = await mount('sw-evaluation-page', '/evaluations/ev-1', 'ev-1');
    const shadow = await nested(page, 'sw-evaluation-detail');
    await page.updateComplete;
    expect(text(page.shadowRoot!.querySelector('h1'))).toBe('First');
    const back = Array.from(page.shadowRoot!.querySelectorAll('header a'), (a) => a.getAttribute('href'));
    expect(back).toEqual(['/evaluations', '/evaluations?experimentId=exp-ev-1', '/api/evaluations/export.csv?ids=ev-1']);
    const metrics = Array.from(shadow.querySelectorAll('.metrics div'), (d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd.value'))}`);
    expect(metrics).toEqual(['Accuracy: 90.0%', 'F1: 80.0%', 'Perplexity: 7.25', 'Evaluation loss: 1.2000']);
    const about = Array.from(shadow.querySelectorAll('.metrics dd.about'), text);
    expect(about[0]).toContain('share of evaluation examples');
    expect(about[1]).toContain('did not say how it averaged F1');
    expect(about[3]).toContain('Measured at step 1,200.');
    expect(text(shadow.querySelector('.step'))).toBe('Measured at step 1,200.');
    const links = Array.from(shadow.querySelectorAll('p.muted a'), (a) => a.getAttribute('href'));
    expect(links).toEqual(['/experiments/exp-ev-1', '/models/m-1', '/datasets/d-1']);
    const stats = Array.from(shadow.querySelectorAll('tbody tr'), cells);
    expect(stats).toEqual(['Train runtime seconds | 1,234.5', 'Total steps | 300']);
  });

  it('says so when the Training API did not give the step, rather than inventing one', async () => {
    backend();
    const page = await mount('sw-evaluation-page', '/evaluations/ev-2', 'ev-2');
    const shadow = await nested(page, 'sw-evaluation-detail');
    expect(text(shadow.querySelector('.step'))).toBe('The Training API did not say at which step these were measured.');
    expect(text(shadow.querySelectorAll('.metrics dd.about')[3])).toContain('reported none');
  });

  it('shows a missing evaluation’s error with Retry and the way back', async () => {
    backend(new Set(['gone']));
    const page = await mount('sw-evaluation-page', '/evaluations/gone', 'gone');
    await vi.waitFor(() => expect(text(page.shadowRoot!.querySelector('sw-error')?.shadowRoot)).toContain('There is no evaluation "gone".'));
    expect(text(page.shadowRoot!.querySelector('sw-error')?.shadowRoot)).toContain('Retry');
    expect(page.shadowRoot!.querySelector('header a')?.getAttribute('href')).toBe('/evaluations');
  });
});

describe('sw-compare-page', () => {
  it('compares the runs of a pasted link, best values marked, Differences only', async () => {
    const fetchMock = backend();
    const page = await mount('sw-compare-page', '/evaluations/compare?ids=ev-1,ev-2');
    const shadow = await nested(page, 'sw-evaluation-compare');
    const urls = fetchMock.mock.calls.map(([u]) => String(u)).filter((u) => /\/api\/evaluations\/ev-/.test(u));
    expect(urls.sort()).toEqual(['/api/evaluations/ev-1?points=2000', '/api/evaluations/ev-2?points=2000']);
    const metricRows = Array.from(shadow.querySelectorAll('table')[0].querySelectorAll('tbody tr'), (tr) => text(tr));
    expect(metricRows[0]).toBe('Accuracy (higher is better) 90.0% Best 70.0%');
    expect(metricRows[2]).toBe('Perplexity (lower is better) 7.25 6.50 Best');
    const toggle = shadow.querySelector('sw-switch')! as Page;
    await toggle.updateComplete;
    toggle.shadowRoot!.querySelector('input')!.click();
    await (page.shadowRoot!.querySelector('sw-evaluation-compare') as Page).updateComplete;
    const configRows = Array.from(shadow.querySelectorAll('table')[1].querySelectorAll('tbody tr'), cells);
    expect(configRows).toEqual(['Learning rate (differs) | 0.0002 | 0.0001']);
    const header = Array.from(page.shadowRoot!.querySelectorAll('header a'), (a) => a.getAttribute('href'));
    expect(header).toEqual(['/evaluations?ids=ev-1,ev-2', '/api/evaluations/export.csv?ids=ev-1,ev-2']);
  });

  it('asks for two runs when the link holds fewer', async () => {
    const fetchMock = backend();
    const page = await mount('sw-compare-page', '/evaluations/compare?ids=ev-1');
    expect(text(page.shadowRoot!.querySelector('[role="status"]'))).toContain('Choose two to 8 evaluations');
    expect(fetchMock.mock.calls.filter(([u]) => /\/api\/evaluations\/ev-/.test(String(u)))).toHaveLength(0);
  });
});
