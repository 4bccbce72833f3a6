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
