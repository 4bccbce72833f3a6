import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SwDatasetsPage } from './sw-datasets-page.js';
import './sw-datasets-page.js';

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const dataset = (i: number) => ({
  id: `ds-${i}`,
  name: `Dataset ${i}`,
  type: 'training',
  format: 'jsonl',
  fileName: `d${i}.jsonl`,
  sizeBytes: 1_400_000,
  rowCount: 1200,
  createdAt: '2026-11-20T10:00:00Z',
});

const preview = { columns: ['prompt', 'response'], rows: [['Hi', 'Hello!']], truncated: false };
const failure = { status: 502, title: 'The preview could not be read', detail: 'Try again in a moment.' };

/**
 * Answers list calls with `total` datasets (paged as asked), detail calls with one dataset, and
 * preview calls with two columns (or a 502 when `previewFails`).
 */
function backend(total: number, { previewFails = false } = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://app.test');
    if (url.pathname.startsWith('/icons/')) return new Response('<svg viewBox="0 0 1 1"></svg>');
    if (url.pathname.endsWith('/preview')) {
      return previewFails ? json(failure, 502, 'application/problem+json') : json(preview);
    }
    const id = url.pathname.match(/^\/api\/datasets\/(.+)$/)?.[1];
    if (id) return json(dataset(Number(id.replace('ds-', ''))));
    const offset = Number(url.searchParams.get('offset'));
    const limit = Number(url.searchParams.get('limit'));
    const count = Math.max(0, Math.min(limit, total - offset));
    return json({ items: Array.from({ length: count }, (_, i) => dataset(offset + i)), total });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const apiCalls = (fetchMock: ReturnType<typeof backend>) =>
  fetchMock.mock.calls.map(([input]) => String(input)).filter((url) => url.startsWith('/api/'));

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

async function mount(url: string) {
  window.history.replaceState(null, '', url);
  const page = document.createElement('sw-datasets-page');
  document.body.append(page);
  await vi.waitFor(() => expect(table(page)).not.toBeNull());
  await table(page)!.updateComplete;
  return page;
}

const root = (page: SwDatasetsPage) => page.shadowRoot!;
const table = (page: SwDatasetsPage) => root(page).querySelector('sw-data-table');
const links = (page: SwDatasetsPage) => Array.from(table(page)!.shadowRoot!.querySelectorAll('td:first-child a'));
const cellTexts = (page: SwDatasetsPage, key: string) =>
  Array.from(table(page)!.shadowRoot!.querySelectorAll(`tr[data-key="${key}"] td`), (td) => td.textContent?.trim());
const pagination = (page: SwDatasetsPage) => root(page).querySelector('sw-pagination')!;
const here = () => window.location.pathname + window.location.search;

describe('sw-datasets-page', () => {
  it('restores the list from a pasted link: query sent, sort marked, links keep the query', async () => {
    const fetchMock = backend(30);
    const page = await mount('/datasets?type=training&sort=name&offset=25');
    expect(apiCalls(fetchMock)).toEqual(['/api/datasets?type=training&sort=name&offset=25&limit=25']);
    expect(links(page).map((a) => a.getAttribute('href'))).toEqual(
      ['25', '26', '27', '28', '29'].map((i) => `/datasets/ds-${i}?type=training&sort=name&offset=25`),
    );
    expect(table(page)!.shadowRoot!.querySelector('th')?.getAttribute('aria-sort')).toBe('ascending');
    await pagination(page).updateComplete;
    expect(pagination(page).shadowRoot!.querySelector('.status')?.textContent).toMatch(/Page\s*2\s*of\s*2/);
  });

  it('pages, sorts and filters through the URL, keeping the rows on screen while the next page loads', async () => {
    const fetchMock = backend(60);
    const page = await mount('/datasets');
    pagination(page).dispatchEvent(new CustomEvent('sw-page', { detail: { offset: 25, limit: 25 } }));
    expect(here()).toBe('/datasets?offset=25');
    await page.updateComplete;
    expect(root(page).querySelector('sw-loading')).toBeNull();
    await vi.waitFor(() => expect(links(page)[0]?.textContent).toBe('Dataset 25'));
    table(page)!.dispatchEvent(new CustomEvent('sw-sort', { detail: { sort: 'rowCount' } }));
    expect(here()).toBe('/datasets?sort=rowCount');
    root(page).querySelector('sw-list-toolbar')!.dispatchEvent(
      new CustomEvent('sw-filter', { detail: { name: 'type', value: 'evaluation' } }),
    );
    expect(here()).toBe('/datasets?sort=rowCount&type=evaluation');
    await vi.waitFor(() =>
      expect(apiCalls(fetchMock).at(-1)).toBe('/api/datasets?type=evaluation&sort=rowCount&offset=0&limit=25'),
    );
  });

  it('shows the empty state through sw-empty', async () => {
    backend(0);
    window.history.replaceState(null, '', '/datasets');
    const page = document.createElement('sw-datasets-page');
    document.body.append(page);
    await vi.waitFor(() => expect(root(page).querySelector('sw-empty')).not.toBeNull());
    expect(root(page).querySelector('sw-empty')?.textContent).toContain('No datasets yet — upload your first one.');
  });

  it('opens /datasets/{id} in a drawer; closing goes back to the list with its query and focuses the row', async () => {
    const fetchMock = backend(3);
    const page = await mount('/datasets/ds-1?type=training');
    page.itemId = 'ds-1';
    const drawer = root(page).querySelector('sw-drawer')!;
    await vi.waitFor(() => expect(drawer.querySelector('sw-dataset-summary')?.shadowRoot?.querySelector('sw-detail-list') ?? null).not.toBeNull());
    // The drawer and its parts load lazily, when a dataset is first opened.
    await vi.waitFor(() => expect(drawer.shadowRoot?.querySelector('wa-drawer')?.shadowRoot?.querySelector('dialog')?.open).toBe(true), { timeout: 10_000 });
    expect(customElements.get('sw-detail-list')).toBeDefined();
    expect(drawer.open).toBe(true);
    expect(drawer.label).toBe('Dataset 1');
    expect(apiCalls(fetchMock)).toContain('/api/datasets/ds-1');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(here()).toBe('/datasets?type=training'));
    expect(table(page)!.shadowRoot!.activeElement?.textContent).toBe('Dataset 1');
  });

  it('shows the columns by name, with a Download link named after its dataset', async () => {
    backend(3);
    const page = await mount('/datasets');
    const headers = Array.from(table(page)!.shadowRoot!.querySelectorAll('th'), (th) => th.textContent?.trim());
    expect(headers).toEqual(['Name', 'Type', 'Row count', 'Upload date', 'Size', 'Actions']);
    const sortable = Array.from(table(page)!.shadowRoot!.querySelectorAll('th[aria-sort] button'), (b) => b.textContent?.trim());
    expect(sortable).toEqual(['Name', 'Type', 'Row count', 'Upload date', 'Size']);
    const cells = cellTexts(page, 'ds-1');
    expect(cells.slice(0, 3)).toEqual(['Dataset 1', 'Training', '1,200']);
    expect(cells[4]).toBe('1.4 MB');
    const download = table(page)!.shadowRoot!.querySelector('tr[data-key="ds-1"] a[download]')!;
    expect(download.getAttribute('href')).toBe('/api/datasets/ds-1/download');
    expect(download.getAttribute('aria-label')).toBe('Download Dataset 1');
    expect(download.textContent).toBe('Download');
  });

  it('refreshes the list when a dataset has been uploaded', async () => {
    const fetchMock = backend(3);
    const page = await mount('/datasets');
    const before = apiCalls(fetchMock).length;
    root(page).querySelector('sw-upload-form')!.dispatchEvent(
      new CustomEvent('sw-uploaded', { detail: { dataset: dataset(9) }, bubbles: true, composed: true }),
    );
    await vi.waitFor(() => expect(apiCalls(fetchMock).length).toBe(before + 1));
    expect(apiCalls(fetchMock).at(-1)).toBe('/api/datasets?sort=-createdAt&offset=0&limit=25');
  });

  it('shows the preview beside the details, and a failing preview keeps the details on screen', async () => {
    backend(3, { previewFails: true });
    const page = await mount('/datasets/ds-2');
    page.itemId = 'ds-2';
    const drawer = root(page).querySelector('sw-drawer')!;
    await vi.waitFor(() => expect(drawer.querySelector('sw-dataset-summary')?.shadowRoot?.querySelector('sw-detail-list') ?? null).not.toBeNull());
    const previewSection = drawer.querySelector('sw-dataset-preview')!;
    await vi.waitFor(() => expect(previewSection.shadowRoot!.querySelector('sw-error')).not.toBeNull());
    expect(drawer.querySelector('sw-dataset-summary')?.shadowRoot?.querySelector('sw-detail-list') ?? null).not.toBeNull();
    expect(drawer.querySelector(':scope > sw-error, .task > sw-error')).toBeNull();
  });
});
