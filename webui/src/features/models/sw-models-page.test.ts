import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SwModelsPage } from './sw-models-page.js';
import './sw-models-page.js';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

const base = {
  id: 'm-base',
  name: 'SmolLM2',
  type: 'base',
  version: '1',
  architecture: 'llama',
  parameterCount: 135_000_000,
  createdAt: '2026-11-01T10:00:00Z',
  latest: true,
  metadata: {},
};
const tuned = {
  ...base,
  id: 'm-1',
  name: 'Support bot',
  type: 'fine_tuned',
  version: '2',
  latest: false,
  parameterCount: 1_230_000_000,
  description: 'Answers <b>support</b> chats.',
  metadata: { license: 'apache-2.0' },
  baseModelId: 'm-base',
  experimentId: 'exp-1',
};
const detail = {
  model: tuned,
  baseModel: base,
  experiment: { id: 'exp-1', name: 'Support run', status: 'completed' },
  evaluations: [{ id: 'ev-1', createdAt: '2026-11-21T10:00:00Z', metrics: { accuracy: 0.912, f1: 0.88, perplexity: 7.25 } }],
};

function backend() {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.startsWith('/icons/')) return new Response('<svg viewBox="0 0 1 1"></svg>');
    if (url.startsWith('/api/models/m-1')) return json(detail);
    return json({ items: [base, tuned], total: 2 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const root = (page: SwModelsPage) => page.shadowRoot!;
const tableRoot = (page: SwModelsPage) => root(page).querySelector('sw-data-table')?.shadowRoot;

async function mount(url: string, itemId: string | null = null) {
  window.history.replaceState(null, '', url);
  const page = document.createElement('sw-models-page');
  page.itemId = itemId;
  document.body.append(page);
  await vi.waitFor(() => expect(tableRoot(page)?.querySelectorAll('td a')).toHaveLength(2));
  return page;
}

describe('sw-models-page', () => {
  it('lists models with names, labels and short parameter counts that read exactly', async () => {
    const fetchMock = backend();
    const page = await mount('/models?type=fine_tuned');
    const headers = Array.from(tableRoot(page)!.querySelectorAll('th'), (th) => th.textContent?.trim());
    expect(headers).toEqual(['Model name', 'Model type', 'Version', 'Architecture', 'Parameters', 'Created']);
    const filter = root(page).querySelector('sw-list-toolbar')!;
    await filter.updateComplete;
    const select = filter.shadowRoot!.querySelector('select')!;
    expect(filter.shadowRoot!.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Model type');
    expect(Array.from(select.options, (o) => o.textContent)).toEqual(['All', 'Base', 'Fine-tuned']);
    expect(select.querySelector('option[selected]')?.getAttribute('value')).toBe('fine_tuned');
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/models?type=fine_tuned&sort=-createdAt&offset=0&limit=25');
    const row = tableRoot(page)!.querySelector('tr[data-key="m-1"]')!;
    const cells = Array.from(row.querySelectorAll('td'));
    expect(cells[1].textContent?.trim()).toBe('Fine-tuned');
    const parameters = cells[4].querySelector('[title]')!;
    expect(parameters.getAttribute('title')).toBe('1,230,000,000');
    expect(parameters.querySelector('[aria-hidden="true"]')?.textContent).toBe('1.2B');
    expect(parameters.querySelector('.visually-hidden')?.textContent).toBe('1,230,000,000');
    // No column saying "Latest" on every row: only a version that is not the latest says so.
    expect(cells[2].textContent?.trim()).toBe('2 (not the latest)');
    expect(tableRoot(page)!.querySelector('tr[data-key="m-base"] td:nth-child(3)')?.textContent?.trim()).toBe('1');
  });

  it('opens the drawer with metadata, lineage links and evaluations linking to the Evaluations page', async () => {
    backend();
    const page = await mount('/models/m-1?q=bot', 'm-1');
    const drawer = root(page).querySelector('sw-drawer')!;
    await vi.waitFor(() => expect(drawer.querySelector('sw-model-details')).not.toBeNull());
    // The drawer and its parts load lazily, when a model is first opened.
    await customElements.whenDefined('sw-model-details');
    await vi.waitFor(() => expect(drawer.shadowRoot?.querySelector('wa-drawer')?.shadowRoot?.querySelector('dialog')?.open).toBe(true), { timeout: 10_000 });
    const details = drawer.querySelector('sw-model-details')!;
    await details.updateComplete;
    expect(drawer.label).toBe('Support bot');
    const text = details.shadowRoot!.textContent ?? '';
    expect(text).toContain('Answers <b>support</b> chats.');
    const lineage = details.shadowRoot!.querySelector('sw-model-lineage')!;
    await lineage.updateComplete;
    const steps = Array.from(lineage.shadowRoot!.querySelectorAll('ol a'), (a) => a.getAttribute('href'));
    expect(steps).toEqual(['/models/m-base?q=bot', '/experiments/exp-1', '/models/m-1?q=bot']);
    const metadata = details.shadowRoot!.querySelectorAll('sw-detail-list')[1];
    expect(metadata.items).toEqual([['license', 'apache-2.0']]);
    const evaluations = details.shadowRoot!.querySelector('sw-model-evaluations')!;
    await evaluations.updateComplete;
    const table = evaluations.shadowRoot!.querySelector('sw-data-table')!;
    await table.updateComplete;
    expect(table.shadowRoot!.querySelector('td a')?.getAttribute('href')).toBe('/evaluations/ev-1');
    expect(Array.from(table.shadowRoot!.querySelectorAll('td'), (td) => td.textContent?.trim()).slice(1)).toEqual([
      '91.2%',
      '88.0%',
      '7.25',
    ]);
  });

  it('returns focus to the row when Back closes the drawer', async () => {
    backend();
    const page = await mount('/models/m-1', 'm-1');
    const drawer = root(page).querySelector('sw-drawer')!;
    await vi.waitFor(() => expect(drawer.querySelector('sw-model-details')).not.toBeNull());
    await vi.waitFor(() => expect(drawer.shadowRoot?.querySelector('wa-drawer')?.shadowRoot?.querySelector('dialog')?.open).toBe(true), { timeout: 10_000 });
    let closes = 0;
    drawer.addEventListener('sw-close', () => closes++);
    page.itemId = null;
    await vi.waitFor(() => expect(tableRoot(page)!.activeElement?.textContent).toBe('Support bot'));
    expect(closes).toBe(0);
  });
});
