import type { ApiError } from '../../api/api-error.js';
import type { ExperimentDetail, NewExperiment } from '../../api/types.js';
import { charCount, firstChars } from '../../ui/text.js';

/** Something picked in a choice step, by id and the name the review shows. */
export interface Picked {
  id: string;
  name: string;
  /** A dataset's layout (`chat`, `prompt_completion`, …); null when its records were not checked, absent when unknown. */
  kind?: string | null;
  /** The layout as the review shows it, e.g. "Prompt and completion — Prompt: question · Target: answer". */
  layout?: string;
}

/** The wizard's draft as typed: numbers stay text until launch, so `2e-5` survives a reload as typed. */
export interface ExperimentDraft {
  /** The `Idempotency-Key` of this draft's launch; a retry sends it again. */
  key: string;
  name: string;
  description: string;
  goal: string;
  baseModel: Picked | null;
  trainingDataset: Picked | null;
  evaluationDataset: Picked | null;
  learningRate: string;
  epochs: string;
  batchSize: string;
  /** The user saw that the two datasets hold different layouts and launches anyway. */
  pairAcknowledged?: boolean;
}

/**
 * Why the training and evaluation datasets may not go together: they hold different layouts
 * (chat training measured on preference pairs, …). Null when they match or a layout is unknown;
 * column names may differ, as each dataset says which of its columns fills each role.
 */
export function pairWarning(d: Pick<ExperimentDraft, 'trainingDataset' | 'evaluationDataset'>): string | null {
  const training = d.trainingDataset?.kind;
  const evaluation = d.evaluationDataset?.kind;
  if (!training || !evaluation || training === evaluation) return null;
  const label = (p: Picked) => (p.layout ?? p.kind ?? '').split(' — ')[0].toLowerCase();
  return `The training dataset holds ${label(d.trainingDataset!)} and the evaluation dataset ${label(d.evaluationDataset!)}: `
    + 'the evaluation may not measure what the run learns.';
}

/** The wizard's fields, named as the server names them in its field errors. */
export type WizardField = 'name' | 'description' | 'goal' | 'baseModelId' | 'trainingDatasetId' | 'evaluationDatasetId'
  | 'learningRate' | 'epochs' | 'batchSize';

export type WizardErrors = Partial<Record<WizardField, string>>;

/** The six steps in order (step 1 is `STEPS[0]`), with the fields each one asks for. */
export const STEPS: readonly { title: string; fields: readonly WizardField[] }[] = [
  { title: 'Experiment details', fields: ['name', 'description', 'goal'] },
  { title: 'Base model', fields: ['baseModelId'] },
  { title: 'Training dataset', fields: ['trainingDatasetId'] },
  { title: 'Evaluation dataset', fields: ['evaluationDatasetId'] },
  { title: 'Training configuration', fields: ['learningRate', 'epochs', 'batchSize'] },
  { title: 'Review & launch', fields: [] },
];

export const NAME_MAX = 200;
/** The BFF's (and the sandbox's) limit for an experiment's description and goal. */
export const TEXT_MAX = 4000;
export const DEFAULT_CONFIG = { learningRate: '2e-5', epochs: '3', batchSize: '8' } as const;

/** A fresh draft with the default configuration. */
export function newDraft(key: string): ExperimentDraft {
  return { key, name: '', description: '', goal: '', baseModel: null, trainingDataset: null, evaluationDataset: null, ...DEFAULT_CONFIG };
}

/** A new draft with an experiment's choices and configuration, named "… (copy)". */
export function cloneDraft(e: ExperimentDetail, key: string): ExperimentDraft {
  const picked = (id?: string, name?: string | null): Picked | null => (id ? { id, name: name || id } : null);
  return {
    key,
    name: firstChars(`${e.name} (copy)`, NAME_MAX),
    description: e.description ?? '',
    goal: e.goal ?? '',
    baseModel: picked(e.baseModelId, e.baseModelName),
    trainingDataset: picked(e.trainingDatasetId, e.trainingDatasetName),
    evaluationDataset: picked(e.evaluationDatasetId, e.evaluationDatasetName),
    learningRate: String(e.config?.learningRate ?? DEFAULT_CONFIG.learningRate),
    epochs: String(e.config?.epochs ?? DEFAULT_CONFIG.epochs),
    batchSize: String(e.config?.batchSize ?? DEFAULT_CONFIG.batchSize),
  };
}

/** A decimal or scientific number (`0.00002`, `2e-5`); null for anything else, `Infinity` included. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

function wholeNumber(text: string, min: number, max: number, label: string): string | undefined {
  const value = parseNumber(text);
  if (text.trim() === '') return `Enter the ${label}.`;
  if (value === null || !Number.isInteger(value)) return `Enter the ${label} as a whole number.`;
  if (value < min || value > max) return `The ${label} must be from ${min} to ${max.toLocaleString('en-US')}.`;
  return undefined;
}

/** Every problem of the draft, by field; the server checks the same rules again. */
export function validateDraft(d: ExperimentDraft): WizardErrors {
  const errors: WizardErrors = {};
  const name = d.name.trim();
  if (name === '') errors.name = 'Enter a name for the experiment.';
  else if (charCount(name) > NAME_MAX) errors.name = `Use at most ${NAME_MAX} characters (now ${charCount(name)}).`;
  if (charCount(d.description.trim()) > TEXT_MAX) errors.description = `Use at most ${TEXT_MAX.toLocaleString('en-US')} characters.`;
  if (charCount(d.goal.trim()) > TEXT_MAX) errors.goal = `Use at most ${TEXT_MAX.toLocaleString('en-US')} characters.`;
  if (!d.baseModel) errors.baseModelId = 'Choose a base model.';
  if (!d.trainingDataset) errors.trainingDatasetId = 'Choose a training dataset.';
  if (!d.evaluationDataset) errors.evaluationDatasetId = 'Choose an evaluation dataset.';
  else if (pairWarning(d) && !d.pairAcknowledged) {
    errors.evaluationDatasetId = 'Choose an evaluation dataset of the same layout, or confirm that this one is meant.';
  }
  const rate = parseNumber(d.learningRate);
  if (d.learningRate.trim() === '') errors.learningRate = 'Enter the learning rate.';
  else if (rate === null) errors.learningRate = 'Enter the learning rate as a number, such as 2e-5 or 0.0001.';
  else if (rate <= 0 || rate > 1) errors.learningRate = 'The learning rate must be above 0 and at most 1.';
  const epochs = wholeNumber(d.epochs, 1, 1000, 'number of epochs');
  if (epochs) errors.epochs = epochs;
  const batch = wholeNumber(d.batchSize, 1, 65536, 'batch size');
  if (batch) errors.batchSize = batch;
  return errors;
}

/** The errors of one step (1..6); the last step has every error of the draft. */
export function stepErrors(step: number, d: ExperimentDraft): WizardErrors {
  const all = validateDraft(d);
  if (step >= STEPS.length) return all;
  const errors: WizardErrors = {};
  for (const field of STEPS[step - 1]?.fields ?? []) if (all[field]) errors[field] = all[field];
  return errors;
}

/** True when the step's fields are valid, so Next may go on. */
export function isStepValid(step: number, d: ExperimentDraft): boolean {
  return Object.keys(stepErrors(step, d)).length === 0;
}

/** The step (1..6) that asks for a field. */
export function stepOf(field: WizardField): number {
  return STEPS.findIndex((s) => s.fields.includes(field)) + 1;
}

/** The furthest step the draft may show: the first invalid one, or Review & launch. */
export function reachableStep(requested: number, d: ExperimentDraft): number {
  const wanted = Math.min(STEPS.length, Math.max(1, Math.floor(requested) || 1));
  for (let step = 1; step < wanted; step++) if (!isStepValid(step, d)) return step;
  return wanted;
}

/** The body of `POST /api/experiments`; call only for a valid draft. */
export function toNewExperiment(d: ExperimentDraft): NewExperiment {
  return {
    name: d.name.trim(),
    description: d.description.trim(),
    goal: d.goal.trim(),
    baseModelId: d.baseModel?.id ?? '',
    trainingDatasetId: d.trainingDataset?.id ?? '',
    evaluationDatasetId: d.evaluationDataset?.id ?? '',
    config: { learningRate: parseNumber(d.learningRate) ?? 0, epochs: parseNumber(d.epochs) ?? 0, batchSize: parseNumber(d.batchSize) ?? 0 },
  };
}

const FIELDS = STEPS.flatMap((s) => s.fields) as readonly string[];

/** A launch's field errors on the fields they name (`config.epochs` too); errors for no field are kept apart. */
export function serverErrors(error: ApiError): { fields: WizardErrors; other: string[] } {
  const fields: WizardErrors = {};
  const other: string[] = [];
  for (const { field, message } of error.fieldErrors) {
    const name = field.replace(/^config\./, '');
    if (!FIELDS.includes(name)) {
      other.push(message);
      continue;
    }
    const key = name as WizardField;
    fields[key] = fields[key] ? `${fields[key]} ${message}` : message;
  }
  return { fields, other };
}

/** The first step with a server field error, or null. */
export function firstErrorStep(fields: WizardErrors): number | null {
  const steps = (Object.keys(fields) as WizardField[]).map(stepOf).filter((s) => s > 0);
  return steps.length ? Math.min(...steps) : null;
}
