import { describe, expect, it } from 'vitest';
import type { EvaluationDetail } from '../../api/evaluations.js';
import {
  DASHES, alignLines, chartOptions, compareLines, forLogScale, readTheme, runLabels, shownIndices, singleRunLines, zoomOf,
  type ChartTheme,
} from './loss-chart-data.js';

const theme: ChartTheme = { lines: ['#111', '#222', '#333', '#444', '#555', '#666', '#777', '#888'], text: '#t', grid: '#g', surface: '#s' };

function run(id: string, steps: number[], evalSteps: number[], name: string | null = `Run ${id}`): EvaluationDetail {
  return {
    id, experimentId: `exp-${id}`, experimentName: name, modelId: 'm', modelName: null, datasetId: 'd', datasetName: null,
    createdAt: '2026-11-21T10:00:00Z', metrics: {}, trainingStats: {}, config: null,
    lossCurve: {
      points: steps.length, totalPoints: steps.length, downsampled: false,
      train: { step: steps, epoch: steps.map((s) => s / 100), loss: steps.map((s) => 2 - s / 1000) },
      eval: { step: evalSteps, epoch: evalSteps.map((s) => s / 100), loss: evalSteps.map((s) => 2.5 - s / 1000) },
    },
  };
}

describe('alignLines', () => {
  it('puts the sparse evaluation loss on the training steps with nulls between its points', () => {
    const lines = singleRunLines(run('a', [1, 2, 3, 4, 5], [2, 5]), 'step');
    const [x, train, evalLoss] = alignLines(lines);
    expect(x).toEqual([1, 2, 3, 4, 5]);
    expect(train).toEqual([1.999, 1.998, 1.997, 1.996, 1.995]);
    expect(evalLoss).toEqual([null, 2.498, null, null, 2.495]);
  });

  it('aligns runs of different lengths and steps on the union of their x, in ascending order', () => {
    const data = alignLines([
      { x: [10, 30, 20], y: [1, 3, 2] },
      { x: [5, 20, 40], y: [9, 8, 7] },
    ]);
    expect(data[0]).toEqual([5, 10, 20, 30, 40]);
    expect(data[1]).toEqual([null, 1, 2, 3, null]);
    expect(data[2]).toEqual([9, null, 8, null, 7]);
  });

  it('drops non-finite x, turns non-finite y into gaps and keeps the last value of a repeated x', () => {
    const data = alignLines([{ x: [1, Number.NaN, 2, 2], y: [1, 5, Number.NaN, 4] }]);
    expect(data).toEqual([[1, 2], [1, 4]]);
  });

  it('aligns by epoch when x is Epoch', () => {
    const [x] = alignLines(singleRunLines(run('a', [50, 100], [100]), 'epoch'));
    expect(x).toEqual([0.5, 1]);
  });

  it('aligns eight downsampled runs of 2,000 points each', () => {
    const runs = Array.from({ length: 8 }, (_, r) => run(`r${r}`, Array.from({ length: 2000 }, (_, i) => i * (r + 1)), []));
    const data = alignLines(compareLines(runs, 'step', 'train'));
    expect(data).toHaveLength(9);
    expect(data[0].length).toBe(new Set(runs.flatMap((r) => r.lossCurve.train.step)).size);
    expect(data.slice(1).every((y) => y.filter((v) => v !== null).length === 2000)).toBe(true);
  });
});

describe('forLogScale', () => {
  it('leaves out values at or below zero and counts them', () => {
    const { data, hidden } = forLogScale([[1, 2, 3], [0.5, 0, -1], [null, 2, 3]]);
    expect(data).toEqual([[1, 2, 3], [0.5, null, null], [null, 2, 3]]);
    expect(hidden).toBe(2);
  });
});

describe('compareLines and runLabels', () => {
  it('gives each run its own style index and curve, and tells runs of one experiment apart', () => {
    const runs = [run('a', [1], [1], 'Same'), run('b', [2], [2], 'Same'), run('c', [3], [3], null)];
    expect(runLabels(runs)).toEqual(['Same (run 1)', 'Same (run 2)', 'exp-c']);
    const lines = compareLines(runs, 'step', 'eval');
    expect(lines.map((l) => [l.key, l.style, l.markers])).toEqual([['a', 0, true], ['b', 1, true], ['c', 2, true]]);
    expect(lines[1].y).toEqual([2.498]);
  });
});

describe('chartOptions', () => {
  const lines = compareLines([run('a', [1], []), run('b', [2], [])], 'step', 'train');

  it('builds one x series and one series per line, gaps spanned, colours and dashes distinct', () => {
    const options = chartOptions({ width: 500, height: 300, lines, x: 'step', y: 'linear', theme, hidden: new Set() });
    expect(options.series).toHaveLength(3);
    expect(options.series[0].label).toBe('Step');
    expect(options.series.slice(1).map((s) => [s.label, s.stroke, s.dash, s.spanGaps, s.show])).toEqual([
      ['Run a', '#111', DASHES[0], true, true],
      ['Run b', '#222', DASHES[1], true, true],
    ]);
    expect(options.scales?.y?.distr).toBe(1);
    expect(options.axes?.[0].stroke).toBe('#t');
    expect(options.axes?.[1].label).toBe('Loss');
    expect(options.cursor?.drag).toMatchObject({ x: true, y: false });
    expect(options.legend?.show).toBe(false);
  });

  it('uses a log scale, keeps hidden lines hidden and labels x Epoch', () => {
    const options = chartOptions({ width: 500, height: 300, lines, x: 'epoch', y: 'log', theme, hidden: new Set(['b']) });
    expect(options.scales?.y).toMatchObject({ distr: 3, log: 10 });
    expect(options.series.map((s) => s.show)).toEqual([undefined, true, false]);
    expect(options.series[0].label).toBe('Epoch');
  });

  it('draws markers on the evaluation loss only', () => {
    const single = singleRunLines(run('a', [1, 2], [2]), 'step');
    const options = chartOptions({ width: 500, height: 300, lines: single, x: 'step', y: 'linear', theme, hidden: new Set() });
    expect(options.series.map((s) => (s.points as { show?: boolean } | undefined)?.show)).toEqual([undefined, false, true]);
  });

  it('has distinct dash patterns for all eight runs', () => {
    expect(new Set(DASHES.map((d) => d.join(','))).size).toBe(8);
  });
});

describe('zoom and the table view', () => {
  it('reads a scale covering all the data as no zoom', () => {
    expect(zoomOf(1, 10, [1, 5, 10])).toBeNull();
    expect(zoomOf(0, 11, [1, 5, 10])).toBeNull();
    expect(zoomOf(2, 8, [1, 5, 10])).toEqual({ min: 2, max: 8 });
    expect(zoomOf(undefined, 8, [1])).toBeNull();
  });

  it('shows the points inside the zoom, or all', () => {
    expect(shownIndices([1, 2, 3, 4], null)).toEqual([0, 1, 2, 3]);
    expect(shownIndices([1, 2, 3, 4], { min: 1.5, max: 3 })).toEqual([1, 2]);
  });
});

describe('readTheme', () => {
  it('reads the palette and falls back to the muted text colour for a missing token', () => {
    const values: Record<string, string> = { '--sw-chart-1': ' #abc ', '--sw-text-muted': '#777', '--sw-border': '#ddd', '--sw-surface': '#fff' };
    const read = readTheme({ getPropertyValue: (name: string) => values[name] ?? '' });
    expect(read.lines[0]).toBe('#abc');
    expect(read.lines[1]).toBe('#777');
    expect(read.lines).toHaveLength(8);
    expect([read.text, read.grid, read.surface]).toEqual(['#777', '#ddd', '#fff']);
  });
});
