import type { EvaluationConfig, EvaluationDetail } from '../../api/evaluations.js';
import { METRICS, nameOrId, type MetricKey } from './evaluation-view.js';

/** Per metric, the ids of the evaluations holding its best value (ties share it); empty when fewer than two have one. */
export type BestMarks = Record<MetricKey, Set<string>>;

/** Highest accuracy and F1, lowest perplexity. A metric only two or more runs report can have a best. */
export function bestMarks(runs: readonly Pick<EvaluationDetail, 'id' | 'metrics'>[]): BestMarks {
  const marks = {} as BestMarks;
  for (const metric of METRICS) {
    const values = runs
      .map((run) => ({ id: run.id, value: run.metrics?.[metric.key] }))
      .filter((v): v is { id: string; value: number } => typeof v.value === 'number' && Number.isFinite(v.value));
    marks[metric.key] = new Set();
    if (values.length < 2) continue;
    const best = metric.better === 'higher' ? Math.max(...values.map((v) => v.value)) : Math.min(...values.map((v) => v.value));
    for (const v of values) if (v.value === best) marks[metric.key].add(v.id);
  }
  return marks;
}

/** One line of the configuration diff: a setting and its value in each run, in the runs' order. */
export interface ConfigRow {
  label: string;
  values: string[];
  /** True when not every run has the same value. */
  differs: boolean;
}

const text = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));

const SETTINGS: { label: string; value: (c: EvaluationConfig) => string }[] = [
  { label: 'Learning rate', value: (c) => text(c.learningRate) },
  { label: 'Epochs', value: (c) => text(c.epochs) },
  { label: 'Batch size', value: (c) => text(c.batchSize) },
  { label: 'Base model', value: (c) => nameOrId(c.baseModelName, c.baseModelId) },
  { label: 'Training dataset', value: (c) => nameOrId(c.trainingDatasetName, c.trainingDatasetId) },
  { label: 'Evaluation dataset', value: (c) => nameOrId(c.evaluationDatasetName, c.evaluationDatasetId) },
];

/**
 * The runs' training configurations side by side; with `differencesOnly`, only the settings whose
 * values are not all the same. A run without a configuration (its experiment is gone) reads "—".
 */
export function configDiff(runs: readonly Pick<EvaluationDetail, 'config'>[], differencesOnly = false): ConfigRow[] {
  const rows = SETTINGS.map(({ label, value }) => {
    const values = runs.map((run) => (run.config ? value(run.config) : '—'));
    return { label, values, differs: new Set(values).size > 1 };
  });
  return differencesOnly ? rows.filter((row) => row.differs) : rows;
}
