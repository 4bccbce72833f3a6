import { ApiError } from './api-error.js';
import { request } from './http.js';
import { listPath, toItem, toPage, type ListQuery, type Page } from './list.js';
import type { Dataset, DatasetPreview } from './types.js';

const datasetPath = (id: string) => `/api/datasets/${encodeURIComponent(id)}`;

/** `GET /api/datasets?q&sort&offset&limit&type`: one page of datasets. */
export async function listDatasets(query: ListQuery, signal?: AbortSignal): Promise<Page<Dataset>> {
  return toPage<Dataset>(await request<unknown>(listPath('/api/datasets', query), { signal }));
}

/** `GET /api/datasets/{id}`: one dataset. */
export async function getDataset(id: string, signal?: AbortSignal): Promise<Dataset> {
  const dataset = toItem<Dataset>(await request<unknown>(datasetPath(id), { signal }));
  if (!dataset) throw ApiError.unreadable(200);
  return dataset;
}

/** `/api/datasets/{id}/download`: the dataset's file, for a plain `<a href download>` (the browser streams it). */
export function datasetDownloadUrl(id: string): string {
  return `${datasetPath(id)}/download`;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Reads a preview: every cell becomes text, and each row has exactly one cell per column. */
export function toPreview(raw: unknown): DatasetPreview {
  const body = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (!Array.isArray(body.columns)) throw ApiError.unreadable(200);
  const columns = body.columns.map(cellText);
  const rows = (Array.isArray(body.rows) ? body.rows : [])
    .filter((row): row is unknown[] => Array.isArray(row))
    .map((row) => columns.map((_, i) => cellText(row[i])));
  const preview: DatasetPreview = { columns, rows, truncated: body.truncated === true };
  const total = body.totalColumns;
  if (typeof total === 'number' && Number.isInteger(total) && total > columns.length) preview.totalColumns = total;
  return preview;
}

/** `GET /api/datasets/{id}/preview`: the dataset's first records as columns and rows of text. */
export async function getDatasetPreview(id: string, signal?: AbortSignal): Promise<DatasetPreview> {
  return toPreview(await request<unknown>(`${datasetPath(id)}/preview`, { signal }));
}
