import { formatCount } from '../../ui/format.js';

/** What a reader needs beside a metric: what it is, which way is better, how it was computed where known. */
export interface MetricInfo {
  /** One sentence: what the number is. */
  definition: string;
  /** How this Training API computed it, when its statistics say; else a sentence saying it did not. */
  method: string;
}

/** The statistic names a Training API may use to say how F1 was averaged over classes. */
const F1_AVERAGE = ['f1Average', 'f1_average', 'average'];

const text = (stats: Record<string, number | string>, names: string[]): string | null => {
  for (const name of names) {
    const value = stats[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
};

/** The definitions shown beside accuracy, F1, perplexity and evaluation loss. */
export function metricInfo(
  key: 'accuracy' | 'f1' | 'perplexity' | 'evalLoss',
  stats: Record<string, number | string> = {},
): MetricInfo {
  switch (key) {
    case 'accuracy':
      return {
        definition: 'The share of evaluation examples the model got right. Higher is better.',
        method: 'Measured on the evaluation dataset by the Training API.',
      };
    case 'f1': {
      const average = text(stats, F1_AVERAGE);
      return {
        definition: 'The harmonic mean of precision and recall: high only when both are. Higher is better.',
        method: average
          ? `Averaged over classes as "${average}", as the Training API reports.`
          : 'The Training API did not say how it averaged F1 over classes.',
      };
    }
    case 'perplexity':
      return {
        definition: 'How surprised the model is by the evaluation text: e to the power of the mean loss per token. Lower is better.',
        method: 'Computed by the Training API from its evaluation loss.',
      };
    case 'evalLoss':
      return {
        definition: 'The mean cross-entropy loss on the evaluation dataset. Lower is better.',
        method: 'The last evaluation of the run, from its loss curve.',
      };
  }
}

/** "Measured at step 1,200", or a sentence saying the Training API did not say, never a guessed step. */
export function stepText(step: number | null | undefined, locale?: string): string {
  return typeof step === 'number' && Number.isFinite(step) && step >= 0
    ? `Measured at step ${formatCount(step, locale)}.`
    : 'The Training API did not say at which step these were measured.';
}

/** The evaluation loss's step: of its curve point, else unknown. */
export function evalLossStepText(step: number | null | undefined, locale?: string): string {
  return typeof step === 'number' && Number.isFinite(step) && step >= 0
    ? `Measured at step ${formatCount(step, locale)}.`
    : 'Reported by the Training API without a step.';
}
