import { ApiError } from './api-error.js';
import { request } from './http.js';
import { listPath, toItem, toPage, type ListQuery, type Page } from './list.js';
import type { Dataset } from './types.js';

/** `GET /api/datasets?q&sort&offset&limit&type`: one page of datasets. */
export async function listDatasets(query: ListQuery, signal?: AbortSignal): Promise<Page<Dataset>> {
  return toPage<Dataset>(await request<unknown>(listPath('/api/datasets', query), { signal }));
}

/** `GET /api/datasets/{id}`: one dataset. */
export async function getDataset(id: string, signal?: AbortSignal): Promise<Dataset> {
  const dataset = toItem<Dataset>(await request<unknown>(`/api/datasets/${encodeURIComponent(id)}`, { signal }));
  if (!dataset) throw ApiError.unreadable(200);
  return dataset;
}
