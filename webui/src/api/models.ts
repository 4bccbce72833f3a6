import { ApiError } from './api-error.js';
import { request } from './http.js';
import { listPath, toItem, toPage, type ListQuery, type Page } from './list.js';
import type { Evaluation, Experiment, Model, ModelDetail } from './types.js';

/** `GET /api/models?q&sort&offset&limit&type`: one page of models. */
export async function listModels(query: ListQuery, signal?: AbortSignal): Promise<Page<Model>> {
  return toPage<Model>(await request<unknown>(listPath('/api/models', query), { signal }));
}

/** Reads the model detail; a linked part that is missing or malformed becomes null or empty. */
export function toModelDetail(raw: unknown): ModelDetail {
  const body = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const model = toItem<Model>(body.model);
  if (!model) throw ApiError.unreadable(200);
  return {
    model,
    baseModel: toItem<Model>(body.baseModel),
    experiment: toItem<Experiment>(body.experiment),
    evaluations: toPage<Evaluation>(body.evaluations).items,
  };
}

/** `GET /api/models/{id}`: the model, its base model, the experiment that made it and its evaluations. */
export async function getModel(id: string, signal?: AbortSignal): Promise<ModelDetail> {
  return toModelDetail(await request<unknown>(`/api/models/${encodeURIComponent(id)}`, { signal }));
}
