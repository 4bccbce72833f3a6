import { describe, expect, it } from 'vitest';
import type { EvaluationRow } from '../../api/evaluations.js';
import { MAX_SELECTED, evaluationColumns, rowLabel, metricText, nameOrId, parseIds, statLabel, statText, toggleId } from './evaluation-view.js';

describe('metricText', () => {
  it('shows accuracy and F1 as percent with one decimal, perplexity with two decimals', () => {
    const metrics = { accuracy: 0.9123, f1: 0.5, perplexity: 7.254 };
    expect(metricText('accuracy', metrics, 'en-US')).toBe('91.2%');
    expect(metricText('f1', metrics, 'en-US')).toBe('50.0%');
    expect(metricText('perplexity', metrics, 'en-US')).toBe('7.25');
  });

  it('shows a dash where a metric is absent or not a number', () => {
    expect(metricText('accuracy', {}, 'en-US')).toBe('—');
    expect(metricText('f1', { f1: null }, 'en-US')).toBe('—');
    expect(metricText('perplexity', { perplexity: Number.NaN }, 'en-US')).toBe('—');
    expect(metricText('accuracy', null, 'en-US')).toBe('—');
  });
});

describe('statLabel', () => {
  it.each([
    ['trainRuntimeSeconds', 'Train runtime seconds'],
    ['train_loss', 'Train loss'],
    ['totalFLOPs', 'Total FLOPs'],
    ['gpu-hours', 'Gpu hours'],
    ['epochs', 'Epochs'],
    ['peakGPUMemoryMB', 'Peak GPU memory MB'],
    ['', ''],
  ])('%s reads as "%s"', (key, label) => {
    expect(statLabel(key)).toBe(label);
  });
});

describe('statText', () => {
  it('groups integers, keeps a few decimals and leaves text as given', () => {
    expect(statText(123456, 'en-US')).toBe('123,456');
    expect(statText(0.123456789, 'en-US')).toBe('0.1235');
    expect(statText(0.000123456, 'en-US')).toBe('0.000123');
    expect(statText('A100 <gpu>', 'en-US')).toBe('A100 <gpu>');
    expect(statText(Number.POSITIVE_INFINITY, 'en-US')).toBe('—');
  });
});

describe('selection in the URL', () => {
  it('reads ids without blanks or repeats, at most eight', () => {
    expect(parseIds('')).toEqual([]);
    expect(parseIds('a, b,,a')).toEqual(['a', 'b']);
    expect(parseIds('1,2,3,4,5,6,7,8,9,10')).toHaveLength(MAX_SELECTED);
  });

  it('adds and removes ids in order; a ninth tick changes nothing', () => {
    expect(toggleId(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleId(['a'], 'a', true)).toEqual(['a']);
    const full = ['1', '2', '3', '4', '5', '6', '7', '8'];
    expect(toggleId(full, '9', true)).toEqual(full);
  });

  it('falls back to the id when a name cannot be had', () => {
    expect(nameOrId(null, 'exp-1')).toBe('exp-1');
    expect(nameOrId('  ', 'exp-1')).toBe('exp-1');
    expect(nameOrId('Run', 'exp-1')).toBe('Run');
  });
});

describe('evaluationColumns', () => {
  const row: EvaluationRow = {
    id: 'ev-1', experimentId: 'exp-1', experimentName: null, modelId: 'm-1', modelName: 'Tuned', datasetId: 'd-1',
    datasetName: 'Eval set', createdAt: '2026-11-21T10:00:00Z', metrics: { accuracy: 0.9 },
  };

  it('has a Select column, the names, the metrics and a sortable Created column', () => {
    const columns = evaluationColumns({ ids: [], toggle: () => undefined });
    expect(columns.map((c) => c.header)).toEqual(['Select', 'Experiment', 'Model', 'Dataset', 'Accuracy', 'F1', 'Perplexity', 'Created']);
    expect(columns.find((c) => c.header === 'Created')?.sortKey).toBe('createdAt');
    expect(columns[1].cell({ ...row, experimentId: null })).toBe('—'); // nothing to link to: text
    for (const header of ['Accuracy', 'F1', 'Perplexity']) expect(columns.find((c) => c.header === header)?.sortKey).toBeTruthy();
    expect(columns.find((c) => c.header === 'Created')?.href?.(row)).toBe('/evaluations/ev-1');
    expect(columns[4].cell(row)).toBe(metricText('accuracy', row.metrics));
    expect(columns[6].cell(row)).toBe('—');
  });

  it('names each checkbox after the run and its date, or the evaluation id and an unknown time', () => {
    expect(rowLabel(row)).toMatch(/^exp-1, evaluated Nov 21, 2026/);
    expect(rowLabel({ ...row, experimentId: null, createdAt: null })).toBe('ev-1, evaluated at an unknown time');
  });
});
