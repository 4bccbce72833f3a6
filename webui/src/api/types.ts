/** Statuses the Training API documents; a new one may arrive at any time and is shown as-is. */
export type KnownExperimentStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

/** Hyperparameters of a training run. */
export interface TrainingConfig {
  learningRate: number;
  epochs: number;
  batchSize: number;
}

/** An experiment (one fine-tuning run) as the Training API describes it. */
export interface Experiment {
  id: string;
  name: string;
  description?: string;
  goal?: string;
  /** One of {@link KnownExperimentStatus}, or a newer value. */
  status: string;
  baseModelId: string;
  trainingDatasetId: string;
  evaluationDatasetId: string;
  config: TrainingConfig;
  createdAt: string;
  updatedAt: string;
  statusHistory?: { status: string; at: string; message?: string }[];
  resultModelId?: string;
  evaluationIds: string[];
  /** 0..1 while running. */
  progress?: number | null;
  error?: string;
}

/** Dataset types the Training API documents; a newer value is shown as-is. */
export type KnownDatasetType = 'training' | 'evaluation';

/** A training or evaluation dataset, as `GET /api/datasets` lists it. */
export interface Dataset {
  id: string;
  name: string;
  description?: string;
  /** One of {@link KnownDatasetType}, or a newer value. */
  type: string;
  /** `csv`, `json` or `jsonl`, or a newer value. */
  format: string;
  fileName: string;
  sizeBytes: number;
  /** Null until the Training API has counted the rows. */
  rowCount: number | null;
  createdAt: string;
}

/** What the upload form sends as `POST /api/datasets` (multipart). */
export interface DatasetUpload {
  /** Trimmed, 1..200 characters. */
  name: string;
  /** At most 2000 characters; may be empty. */
  description: string;
  /** One of {@link KnownDatasetType}. */
  type: string;
  /** A `.csv`, `.json` or `.jsonl` file. */
  file: File;
}

/** `GET /api/datasets/{id}/preview`: the first records of a dataset as columns and rows of text. */
export interface DatasetPreview {
  columns: string[];
  /** One array of cells per record, in the order of {@link columns}. */
  rows: string[][];
  /** True when the dataset has more records than these. */
  truncated: boolean;
}

/** Model types the Training API documents; a newer value is shown as-is. */
export type KnownModelType = 'base' | 'fine_tuned';

/** A base or fine-tuned model. */
export interface Model {
  id: string;
  name: string;
  /** One of {@link KnownModelType}, or a newer value. */
  type: string;
  version: string;
  architecture: string;
  parameterCount: number;
  createdAt: string;
  /** True for the latest version of its name. */
  latest: boolean;
  description?: string;
  metadata: Record<string, string | number | boolean>;
  baseModelId?: string;
  experimentId?: string;
  /** Only in detail answers. */
  evaluationIds?: string[];
}

/** Headline metrics of an evaluation; any may be missing. */
export interface Metrics {
  /** 0..1 */
  accuracy?: number;
  /** 0..1 */
  f1?: number;
  perplexity?: number;
}

/** The evaluation of a model on an evaluation dataset (list form, without the loss curve). */
export interface Evaluation {
  id: string;
  experimentId: string;
  modelId: string;
  datasetId: string;
  createdAt: string;
  metrics: Metrics;
}

/** `GET /api/models/{id}`: the model and what it is linked to; a missing link is null or empty. */
export interface ModelDetail {
  model: Model;
  baseModel: Model | null;
  experiment: Experiment | null;
  evaluations: Evaluation[];
}
