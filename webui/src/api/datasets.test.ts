import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.js';
import { datasetDownloadUrl, getDataset, getDatasetPreview, listDatasets, toPreview } from './datasets.js';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const chats = {
  id: 'ds-1',
  name: 'Support chats',
  type: 'training',
  format: 'jsonl',
  fileName: 'chats.jsonl',
  sizeBytes: 1_400_000,
  rowCount: 1200,
  createdAt: '2026-11-20T10:00:00Z',
};

function mockFetch(response: () => Response) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => response());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('datasets', () => {
  it('lists with the query in the URL and the signal passed on', async () => {
    const fetchMock = mockFetch(() => json({ items: [chats], total: 31 }));
    const controller = new AbortController();
    const page = await listDatasets(
      { q: 'chat', sort: 'name', offset: 25, limit: 25, type: 'training' },
      controller.signal,
    );
    expect(fetchMock.mock.calls[0][0]).toBe('/api/datasets?q=chat&sort=name&offset=25&limit=25&type=training');
    expect(fetchMock.mock.calls[0][1]?.signal).toBe(controller.signal);
    expect(page).toEqual({ items: [chats], total: 31 });
  });

  it('gets one dataset by its encoded id', async () => {
    const fetchMock = mockFetch(() => json(chats));
    await expect(getDataset('ds/1 x')).resolves.toEqual(chats);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/datasets/ds%2F1%20x');
  });

  it('throws the ApiError of a 404, and an unreadable-answer error for a body without an id', async () => {
    mockFetch(() => json({ status: 404, title: 'Dataset not found', detail: 'No dataset has this id.' }, 404, 'application/problem+json'));
    await expect(getDataset('nope')).rejects.toMatchObject({ status: 404, title: 'Dataset not found' });
    mockFetch(() => json({ name: 'no id' }));
    await expect(getDataset('x')).rejects.toBeInstanceOf(ApiError);
  });

  it('builds the download URL for a plain link', () => {
    expect(datasetDownloadUrl('ds/1 x')).toBe('/api/datasets/ds%2F1%20x/download');
  });

  it('gets the preview with the signal passed on', async () => {
    const preview = { columns: ['prompt', 'response'], rows: [['Hi', 'Hello!']], truncated: true };
    const fetchMock = mockFetch(() => json(preview));
    const controller = new AbortController();
    await expect(getDatasetPreview('ds-1', controller.signal)).resolves.toEqual(preview);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/datasets/ds-1/preview');
    expect(fetchMock.mock.calls[0][1]?.signal).toBe(controller.signal);
  });

  it('makes every preview cell text and every row as wide as the columns', () => {
    const raw = {
      columns: ['prompt', 'score', 'meta'],
      rows: [['<b>Hi</b>', 3, { lang: 'en' }], ['only one'], 'not a row', [null, true, 'x', 'extra']],
    };
    expect(toPreview(raw)).toEqual({
      columns: ['prompt', 'score', 'meta'],
      rows: [
        ['<b>Hi</b>', '3', '{"lang":"en"}'],
        ['only one', '', ''],
        ['', 'true', 'x'],
      ],
      truncated: false,
    });
    expect(toPreview({ columns: [], rows: [] })).toEqual({ columns: [], rows: [], truncated: false });
    expect(() => toPreview({ rows: [] })).toThrow(ApiError);
  });

  it('keeps the column count of a wide dataset, and only a sensible one', () => {
    expect(toPreview({ columns: ['a'], rows: [['1']], truncated: false, totalColumns: 1_000_000 })).toEqual({
      columns: ['a'],
      rows: [['1']],
      truncated: false,
      totalColumns: 1_000_000,
    });
    expect(toPreview({ columns: ['a', 'b'], rows: [], totalColumns: 2 })).not.toHaveProperty('totalColumns');
    expect(toPreview({ columns: ['a'], rows: [], totalColumns: 'many' })).not.toHaveProperty('totalColumns');
  });
});
