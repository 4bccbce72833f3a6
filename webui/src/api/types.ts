import type { components } from './generated/bff.js';

/*
 * What the BFF answers, as its OpenAPI document describes it: aliases of the generated schemas
 * (src/api/generated/bff.d.ts, `npm run gen:api`), so a changed Java record shows up here as a
 * type error. Fields the BFF leaves out when they have no value are optional; `| null` means the
 * field is always there and may be null. Only front-end types are written by hand.
 */
type Schemas = components['schemas'];

/** The API layer keeps only items that have an id (`toPage`, `toItem` in list.ts), so every item the pages see has one. */
export type Identified<T> = T & { id: string };

/** Statuses the Training API documents; a new one may arrive at any time and is shown as-is. */
export type KnownExperimentStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

/** Hyperparameters of a training run. */
export type TrainingConfig = Schemas['ExperimentConfig'];

/** An experiment (one fine-tuning run) as the Training API describes it; `status` is one of {@link KnownExperimentStatus} or newer. */
export type Experiment = Identified<Schemas['Experiment']>;

/** Dataset types the Training API documents; a newer value is shown as-is. */
export type KnownDatasetType = 'training' | 'evaluation';

/** A training or evaluation dataset, as `GET /api/datasets` lists it; `rowCount` is null until counted. */
export type Dataset = Identified<Schemas['Dataset']>;

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
  /** The column mapping as the server reads it (`{kind, fields}` JSON); absent, the server detects it. */
  mapping?: string;
}

/** `GET /api/datasets/{id}/preview`: the first records of a dataset as columns and rows of text. */
export type DatasetPreview = Schemas['DatasetPreview'];

/** Model types the Training API documents; a newer value is shown as-is. */
export type KnownModelType = 'base' | 'fine_tuned';

/** A base or fine-tuned model; `evaluationIds` only in detail answers. */
export type Model = Identified<Schemas['Model']>;

/** Headline metrics of an evaluation; any may be missing. */
export type Metrics = Schemas['Metrics'];

/** The evaluation of a model on an evaluation dataset (list form, without the loss curve). */
export type Evaluation = Identified<Schemas['EvaluationSummary']>;

/** `GET /api/models/{id}`: the model and what it is linked to; a missing link is null or empty. */
export type ModelDetail = Omit<Schemas['ModelDetail'], 'model' | 'baseModel' | 'experiment' | 'evaluations'> & {
  model: Model;
  baseModel: Model | null;
  experiment: Experiment | null;
  evaluations: Evaluation[];
};

/** An experiment as `GET /api/experiments` lists it: with the names of what it uses (null when unknown) and no ETA. */
export type ExperimentSummary = Identified<Schemas['ExperimentView']>;

/** `GET /api/experiments/{id}`: the experiment with names, its ETA and whether it looks stuck. */
export type ExperimentDetail = Identified<Schemas['ExperimentView']>;

/** What `POST /api/experiments` takes; a server field error names one of these keys (or of `config`). */
export type NewExperiment = Schemas['NewExperiment'];

/** `GET /api/dashboard` as the BFF sends it (`dashboard.ts` turns it into what the Home page shows). */
export type DashboardAnswer = Schemas['Dashboard'];

/** `GET /api/config` as the BFF sends it (`config.ts` checks it and falls back to defaults). */
export type RuntimeConfig = Schemas['RuntimeConfig'];

/** An RFC 9457 problem as the BFF sends it for every failure; `errors` names invalid fields. */
export type Problem = Schemas['Problem'];

/** One invalid input named by the server, e.g. `{field: "name", message: "Enter a name."}`. */
export type FieldError = Schemas['FieldError'];
