import { ApiError } from './api-error.js';
import { request, requestFresh } from './http.js';
import { listPath, toItem, toPage, type ListQuery, type Page } from './list.js';
import type { Experiment, ExperimentDetail, ExperimentSummary, NewExperiment } from './types.js';

const experimentPath = (id: string) => `/api/experiments/${encodeURIComponent(id)}`;

/** Reads the detail answer; `etaSeconds` and `stale` default to "unknown" and false. */
export function toExperimentDetail(raw: unknown): ExperimentDetail {
  const item = toItem<ExperimentDetail>(raw);
  if (!item) throw ApiError.unreadable(200);
  const eta = item.etaSeconds;
  return {
    ...item,
    evaluationIds: Array.isArray(item.evaluationIds) ? item.evaluationIds : [],
    statusHistory: Array.isArray(item.statusHistory) ? item.statusHistory : [],
    etaSeconds: typeof eta === 'number' && Number.isFinite(eta) && eta >= 0 ? eta : null,
    stale: item.stale === true,
  };
}

/**
 * `GET /api/experiments?q&status&sort&offset&limit`: one page of experiments with names. Polls
 * cheaply: an unchanged list (304) comes back as the very same page object.
 */
export function listExperiments(query: ListQuery, signal?: AbortSignal): Promise<Page<ExperimentSummary>> {
  return requestFresh(listPath('/api/experiments', query), toPage<ExperimentSummary>, signal);
}

/** `GET /api/experiments/{id}`: the experiment, its names, ETA and stale flag; 304-aware like the list. */
export function getExperiment(id: string, signal?: AbortSignal): Promise<ExperimentDetail> {
  return requestFresh(experimentPath(id), toExperimentDetail, signal);
}

/**
 * `POST /api/experiments` with the draft's `Idempotency-Key`: the same key never creates two
 * experiments, so a retry after a network error sends the same key again.
 * @throws ApiError with `fieldErrors` named `name`, `baseModelId`, `learningRate`… on a 400.
 */
export async function createExperiment(body: NewExperiment, idempotencyKey: string, signal?: AbortSignal): Promise<Experiment> {
  const created = toItem<Experiment>(
    await request<unknown>('/api/experiments', { method: 'POST', body, signal, headers: { 'Idempotency-Key': idempotencyKey } }),
  );
  if (!created) throw ApiError.unreadable(201);
  return created;
}

/** `POST /api/experiments/{id}/cancel`: the cancelled experiment; a 409 (already finished) says why in a sentence. */
export async function cancelExperiment(id: string, signal?: AbortSignal): Promise<Experiment> {
  const cancelled = toItem<Experiment>(await request<unknown>(`${experimentPath(id)}/cancel`, { method: 'POST', signal }));
  if (!cancelled) throw ApiError.unreadable(200);
  return cancelled;
}
