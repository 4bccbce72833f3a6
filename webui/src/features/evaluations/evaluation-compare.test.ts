import { describe, expect, it } from 'vitest';
import type { EvaluationConfig } from '../../api/evaluations.js';
import { bestMarks, configDiff } from './evaluation-compare.js';

const config = (over: Partial<EvaluationConfig> = {}): EvaluationConfig => ({
  learningRate: 0.0002, epochs: 3, batchSize: 8, baseModelId: 'm-1', baseModelName: 'SmolLM2', trainingDatasetId: 'd-1',
  trainingDatasetName: 'Support', evaluationDatasetId: 'd-2', evaluationDatasetName: null, ...over,
});

describe('bestMarks', () => {
  it('marks the highest accuracy and F1 and the lowest perplexity', () => {
    const marks = bestMarks([
      { id: 'a', metrics: { accuracy: 0.8, f1: 0.7, perplexity: 9 } },
      { id: 'b', metrics: { accuracy: 0.9, f1: 0.6, perplexity: 7 } },
      { id: 'c', metrics: { accuracy: 0.85, f1: 0.75, perplexity: 8 } },
    ]);
    expect([...marks.accuracy]).toEqual(['b']);
    expect([...marks.f1]).toEqual(['c']);
    expect([...marks.perplexity]).toEqual(['b']);
  });

  it('marks every run sharing the best value, and none when fewer than two runs have the metric', () => {
    const marks = bestMarks([
      { id: 'a', metrics: { accuracy: 0.9, perplexity: 7 } },
      { id: 'b', metrics: { accuracy: 0.9 } },
      { id: 'c', metrics: { accuracy: 0.5, f1: Number.NaN } },
    ]);
    expect([...marks.accuracy]).toEqual(['a', 'b']);
    expect(marks.perplexity.size).toBe(0);
    expect(marks.f1.size).toBe(0);
  });
});

describe('configDiff', () => {
  const runs = [{ config: config() }, { config: config({ learningRate: 0.0001, epochs: 3 }) }, { config: null }];

  it('lists the six settings with each run’s value, names before ids, a dash without a configuration', () => {
    const rows = configDiff(runs);
    expect(rows.map((r) => r.label)).toEqual(['Learning rate', 'Epochs', 'Batch size', 'Base model', 'Training dataset', 'Evaluation dataset']);
    expect(rows[0].values).toEqual(['0.0002', '0.0001', '—']);
    expect(rows[3].values).toEqual(['SmolLM2', 'SmolLM2', '—']);
    expect(rows[5].values).toEqual(['d-2', 'd-2', '—']);
    expect(rows.every((r) => r.differs)).toBe(true);
  });

  it('keeps only the settings that differ with Differences only', () => {
    const two = [{ config: config() }, { config: config({ learningRate: 0.0001, trainingDatasetName: 'Other' }) }];
    expect(configDiff(two).map((r) => r.differs)).toEqual([true, false, false, false, true, false]);
    expect(configDiff(two, true).map((r) => r.label)).toEqual(['Learning rate', 'Training dataset']);
    expect(configDiff([{ config: config() }, { config: config() }], true)).toEqual([]);
  });
});
