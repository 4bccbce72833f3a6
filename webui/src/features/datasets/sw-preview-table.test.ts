import { afterEach, describe, expect, it, vi } from 'vitest';
import { clipText, columnsNote, previewSummary } from './sw-preview-table.js';
import type { SwDatasetPreview } from './sw-dataset-preview.js';
import './sw-dataset-preview.js';

const preview = {
  columns: ['prompt', 'response'],
  rows: [
    ['<img src=x onerror=alert(1)>', 'Hello!'],
    ['Line one\nline two', 'x'.repeat(600)],
  ],
  truncated: true,
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

async function mountPreview(datasetId: string) {
  const element = document.createElement('sw-dataset-preview');
  element.datasetId = datasetId;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const tableOf = (element: SwDatasetPreview) => element.shadowRoot!.querySelector('sw-preview-table');

describe('preview table', () => {
  it('says how many records it shows and whether there are more', () => {
    expect(previewSummary(preview)).toBe('The first 2 records; the dataset has more.');
    expect(previewSummary({ ...preview, rows: [['a', 'b']], truncated: false })).toBe('All 1 record.');
  });

  it('says when a wide dataset shows only its first columns', () => {
    expect(columnsNote(preview)).toBeNull();
    expect(columnsNote({ ...preview, totalColumns: 2 })).toBeNull();
    const wide = { ...preview, columns: Array.from({ length: 100 }, (_, i) => `c${i}`), totalColumns: 1_000_000 };
    expect(columnsNote(wide)).toBe('Showing the first 100 of 1,000,000 columns.');
  });

  it('cuts long cells short', () => {
    expect(clipText('short')).toBe('short');
    expect(clipText('abc def', 4)).toBe('abc…');
    expect(clipText(`a${'\u{1F600}'.repeat(3)}`, 2)).toBe('a\u{1F600}…');
    expect(clipText('\u{1F600}'.repeat(4), 4)).toBe('\u{1F600}'.repeat(4));
  });

  it('renders the columns and cells as text, never HTML, with numbered rows', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(preview)));
    const element = await mountPreview('ds-1');
    await vi.waitFor(() => expect(tableOf(element)).not.toBeNull());
    const table = tableOf(element)!;
    await table.updateComplete;
    const root = table.shadowRoot!;
    expect(Array.from(root.querySelectorAll('thead th[scope="col"]'), (th) => th.textContent?.trim())).toEqual([
      'Record',
      'prompt',
      'response',
    ]);
    const cells = Array.from(root.querySelectorAll('tbody td'), (td) => td.textContent);
    expect(cells[0]).toBe('<img src=x onerror=alert(1)>');
    expect(cells[2]).toBe('Line one\nline two');
    expect(cells[3]).toHaveLength(501);
    expect(root.querySelector('img')).toBeNull();
    expect(Array.from(root.querySelectorAll('tbody th[scope="row"]'), (th) => th.textContent)).toEqual(['1', '2']);
    expect(root.querySelector('caption')?.textContent).toBe('First records');
    expect(root.textContent).toContain('The first 2 records; the dataset has more.');
  });

  it('tells a wide dataset shows only its first columns', async () => {
    const wide = { columns: ['a', 'b'], rows: [['1', '2']], truncated: false, totalColumns: 1_000_000 };
    vi.stubGlobal('fetch', vi.fn(async () => json(wide)));
    const element = await mountPreview('ds-1');
    await vi.waitFor(() => expect(tableOf(element)).not.toBeNull());
    await tableOf(element)!.updateComplete;
    expect(tableOf(element)!.shadowRoot!.querySelector('.summary')?.textContent).toBe(
      'All 1 record. Showing the first 2 of 1,000,000 columns.',
    );
  });

  it('says so when the dataset has no records', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ columns: [], rows: [], truncated: false })));
    const element = await mountPreview('ds-1');
    await vi.waitFor(() => expect(tableOf(element)).not.toBeNull());
    await tableOf(element)!.updateComplete;
    expect(tableOf(element)!.shadowRoot!.textContent).toContain('This dataset has no records to show.');
  });

  it('shows its own error with a Retry that re-runs the preview only', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json({ status: 502, title: 'The file could not be read', detail: 'Try again.' }, 502))
      .mockResolvedValueOnce(json(preview));
    vi.stubGlobal('fetch', fetchMock);
    const parentRetry = vi.fn();
    document.body.addEventListener('sw-retry', parentRetry);
    const element = await mountPreview('ds-1');
    await vi.waitFor(() => expect(element.shadowRoot!.querySelector('sw-error')).not.toBeNull());
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/datasets/ds-1/preview');
    const error = element.shadowRoot!.querySelector('sw-error')!;
    await error.updateComplete;
    expect(error.shadowRoot!.textContent).toContain('The file could not be read');
    error.shadowRoot!.querySelector('button')!.click();
    await vi.waitFor(() => expect(tableOf(element)).not.toBeNull());
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(parentRetry).not.toHaveBeenCalled();
    document.body.removeEventListener('sw-retry', parentRetry);
  });
});
