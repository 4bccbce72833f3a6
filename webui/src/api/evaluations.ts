import { ApiError } from './api-error.js';
import { request, requestFresh } from './http.js';
import type { components } from './generated/bff.js';
import { listPath, toItem, toPage, type ListQuery, type Page } from './list.js';

/** Accuracy and F1 are fractions 0..1; perplexity is a positive number. Any may be missing. */
export interface EvaluationMetrics {
  accuracy?: number | null;
  f1?: number | null;
  perplexity?: number | null;
}

/** One row of `GET /api/evaluations`: ids with their names (null when they cannot be had). */
export interface EvaluationRow {
  id: string;
  experimentId: string | null;
  experimentName: string | null;
  modelId: string | null;
  modelName: string | null;
  datasetId: string | null;
  datasetName: string | null;
  createdAt: string | null;
  metrics: EvaluationMetrics;
  /** The final evaluation loss and the run's hyperparameters, where the Training API reported them. */
  evalLoss?: number | null;
  learningRate?: number | null;
  epochs?: number | null;
  batchSize?: number | null;
}

/** A filter choice: an id and its name (null when unknown). */
export interface FacetOption {
  id: string;
  name: string | null;
}

/** The choices each filter offers given the other two; `complete` is false when the BFF stopped scanning. */
export interface EvaluationFacets {
  experiments: FacetOption[];
  models: FacetOption[];
  datasets: FacetOption[];
  complete: boolean;
}

/** The experiment's training configuration, with names; null on the detail when the experiment is gone. */
export interface EvaluationConfig {
  learningRate: number | null;
  epochs: number | null;
  batchSize: number | null;
  baseModelId: string | null;
  baseModelName: string | null;
  trainingDatasetId: string | null;
  trainingDatasetName: string | null;
  evaluationDatasetId: string | null;
  evaluationDatasetName: string | null;
}

/** One loss series in step order: three arrays of the same length. */
export interface LossSeries {
  step: number[];
  epoch: number[];
  loss: number[];
}

/** The loss curve, downsampled by the BFF (min/max envelope) when longer than the points asked for. */
export interface LossCurve {
  points: number;
  totalPoints: number;
  downsampled: boolean;
  train: LossSeries;
  eval: LossSeries;
}

/** `GET /api/evaluations/{id}`. */
export interface EvaluationDetail extends EvaluationRow {
  /** The step the metrics were measured at; null when the Training API did not say. */
  step?: number | null;
  /** The step of the last evaluation loss (from the curve); null when it came without one. */
  evalLossStep?: number | null;
  trainingStats: Record<string, number | string>;
  config: EvaluationConfig | null;
  lossCurve: LossCurve;
}

/** The filters and paging of the list. */
export type EvaluationQuery = ListQuery & { experimentId?: string; modelId?: string; datasetId?: string };

/** Points asked of the BFF per curve: more than a chart is wide, so nothing shows thinned. */
export const CHART_POINTS = 2000;
/** The fewest points asked per curve when many runs are compared. */
export const MIN_COMPARE_POINTS = 500;

/**
 * Points asked per curve when `runs` curves share one chart: 2,000 for one or two, then fewer so
 * eight overlaid runs still draw at once (8 × 500 points are still more than the chart's pixels,
 * and the BFF's min/max envelope keeps every spike).
 */
export function pointsPerRun(runs: number): number {
  if (runs <= 2) return CHART_POINTS;
  return Math.max(MIN_COMPARE_POINTS, Math.floor((2 * CHART_POINTS) / runs / 100) * 100);
}

const numbers = (value: unknown): number[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : NaN)) : [];

/** A series whose arrays are cut to the shortest, so every index has a step, an epoch and a loss. */
export function toLossSeries(raw: unknown): LossSeries {
  const body = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const step = numbers(body.step);
  const epoch = numbers(body.epoch);
  const loss = numbers(body.loss);
  const length = Math.min(step.length, loss.length);
  return {
    step: step.slice(0, length),
    epoch: epoch.length >= length ? epoch.slice(0, length) : [...epoch, ...Array<number>(length - epoch.length).fill(NaN)],
    loss: loss.slice(0, length),
  };
}

function toObject(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

/** Reads the detail answer; a missing or malformed part becomes empty rather than failing the page. */
export function toEvaluationDetail(raw: unknown): EvaluationDetail {
  const item = toItem<EvaluationDetail>(raw);
  if (!item) throw ApiError.unreadable(200);
  const curve = toObject(item.lossCurve);
  const train = toLossSeries(curve.train);
  const evalSeries = toLossSeries(curve.eval);
  const stats = toObject(item.trainingStats);
  return {
    ...item,
    metrics: toObject(item.metrics) as EvaluationMetrics,
    trainingStats: Object.fromEntries(
      Object.entries(stats).filter(([, v]) => typeof v === 'number' || typeof v === 'string'),
    ) as Record<string, number | string>,
    config: item.config && typeof item.config === 'object' ? item.config : null,
    lossCurve: {
      points: typeof curve.points === 'number' ? curve.points : Math.max(train.step.length, evalSeries.step.length),
      totalPoints: typeof curve.totalPoints === 'number' ? curve.totalPoints : train.step.length,
      downsampled: curve.downsampled === true,
      train,
      eval: evalSeries,
    },
  };
}

function toOptions(raw: unknown): FacetOption[] {
  return Array.isArray(raw)
    ? raw
        .filter((o): o is FacetOption => typeof o === 'object' && o !== null && typeof o.id === 'string')
        .map((o) => ({ id: o.id, name: typeof o.name === 'string' ? o.name : null }))
    : [];
}

/** Reads the facets; a missing list is empty. */
export function toFacets(raw: unknown): EvaluationFacets {
  const body = toObject(raw);
  return {
    experiments: toOptions(body.experiments),
    models: toOptions(body.models),
    datasets: toOptions(body.datasets),
    complete: body.complete !== false,
  };
}

/** `GET /api/evaluations?experimentId&modelId&datasetId&q&sort&offset&limit`: one page, 304-aware. */
export function listEvaluations(query: EvaluationQuery, signal?: AbortSignal): Promise<Page<EvaluationRow>> {
  return requestFresh(listPath('/api/evaluations', query), toPage<EvaluationRow>, signal);
}

/** `GET /api/evaluations/facets`: each filter's choices among evaluations matching the other two. */
export async function getEvaluationFacets(
  filters: { experimentId?: string; modelId?: string; datasetId?: string },
  signal?: AbortSignal,
): Promise<EvaluationFacets> {
  return toFacets(await request<unknown>(listPath('/api/evaluations/facets', filters), { signal }));
}

/** `GET /api/evaluations/{id}?points=…`: metrics, stats, configuration and the (downsampled) loss curve. */
export function getEvaluation(id: string, signal?: AbortSignal, points = CHART_POINTS): Promise<EvaluationDetail> {
  return requestFresh(`/api/evaluations/${encodeURIComponent(id)}?points=${points}`, toEvaluationDetail, signal);
}

/** The CSV download of these evaluations (full curves, long format); a real link, the BFF streams it. */
export function exportCsvHref(ids: readonly string[]): string {
  return `/api/evaluations/export.csv?ids=${ids.map(encodeURIComponent).join(',')}`;
}

type Schemas = components['schemas'];
type Fits<T extends U, U> = T;

/** Compile-time check: what the BFF documents (types generated from its OpenAPI) fits these types; drift fails `tsc`. */
export type DocumentedAnswersFit = [
  Fits<Schemas['EvaluationRow'], EvaluationRow>,
  Fits<Schemas['EvaluationFacets'], EvaluationFacets>,
  Fits<Schemas['EvaluationConfig'], EvaluationConfig>,
  Fits<Schemas['LossCurve'], LossCurve>,
];
