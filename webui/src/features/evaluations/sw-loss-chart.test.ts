import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EvaluationDetail } from '../../api/evaluations.js';
import type { SwLossChart } from './sw-loss-chart.js';

// happy-dom has no canvas: a stand-in records what the chart asks of uPlot.
const plots = vi.hoisted(() => [] as FakePlot[]);

interface FakePlot {
  opts: { series: { label?: string; show?: boolean }[]; hooks?: { setScale?: ((u: unknown, key: string) => void)[] } };
  data: unknown[][];
  scales: Record<string, { min?: number; max?: number }>;
  destroyed: boolean;
  shown: Record<number, boolean>;
  setScale(key: string, limits: { min: number; max: number }): void;
}

vi.mock('uplot', () => ({
  default: class {
    opts: FakePlot['opts'];
    data: unknown[][];
    scales: FakePlot['scales'];
    destroyed = false;
    shown: Record<number, boolean> = {};
    width: number;
    cursor = { idx: null };
    constructor(opts: FakePlot['opts'] & { width: number }, data: number[][]) {
      this.opts = opts;
      this.data = data;
      this.width = opts.width;
      this.scales = { x: { min: data[0][0], max: data[0][data[0].length - 1] } };
      plots.push(this as unknown as FakePlot);
    }
    setScale(key: string, limits: { min: number; max: number }) {
      this.scales[key] = limits;
      this.opts.hooks?.setScale?.forEach((hook) => hook(this, key));
    }
    setSeries(index: number, opts: { show: boolean }) {
      this.shown[index] = opts.show;
    }
    setSize() {}
    destroy() {
      this.destroyed = true;
    }
  },
}));
vi.mock('uplot/dist/uPlot.min.css?inline', () => ({ default: '.uplot{}' }));

import './sw-loss-chart.js';

function run(id: string, n = 10, downsampled = false): EvaluationDetail {
  const steps = Array.from({ length: n }, (_, i) => i + 1);
  return {
    id, experimentId: `exp-${id}`, experimentName: `Run ${id}`, modelId: 'm', modelName: null, datasetId: 'd', datasetName: null,
    createdAt: '2026-11-21T10:00:00Z', metrics: {}, trainingStats: {}, config: null,
    lossCurve: {
      points: n, totalPoints: downsampled ? 100000 : n, downsampled,
      train: { step: steps, epoch: steps.map((s) => s / 10), loss: steps.map((s) => 3 / s) },
      eval: { step: [5, 10], epoch: [0.5, 1], loss: [0.9, 0.5] },
    },
  };
}

async function mount(runs: EvaluationDetail[]) {
  const chart = document.createElement('sw-loss-chart');
  chart.runs = runs;
  document.body.append(chart);
  await chart.updateComplete;
  await vi.waitFor(() => expect(plots.length).toBeGreaterThan(0), { timeout: 5000 });
  return chart;
}

const last = () => plots[plots.length - 1];
const root = (chart: SwLossChart) => chart.shadowRoot!;
const legendButtons = (chart: SwLossChart) => Array.from(root(chart).querySelectorAll<HTMLButtonElement>('.legend button'));

afterEach(() => {
  document.body.replaceChildren();
  plots.length = 0;
});

describe('sw-loss-chart', () => {
  it('draws training and evaluation loss aligned on the steps, inside an image named Loss curve', async () => {
    const chart = await mount([run('a')]);
    expect(root(chart).querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Loss curve');
    expect(last().opts.series.map((s) => s.label)).toEqual(['Step', 'Training loss', 'Evaluation loss']);
    expect(last().data[0]).toHaveLength(10);
    expect(last().data[2].filter((v) => v !== null)).toEqual([0.9, 0.5]);
    expect(legendButtons(chart).map((b) => b.textContent?.trim())).toEqual(['Training loss', 'Evaluation loss']);
  });

  it('keeps the zoom and the hidden lines when new data arrives', async () => {
    const chart = await mount([run('a')]);
    last().setScale('x', { min: 3, max: 6 });
    legendButtons(chart)[1].click();
    await chart.updateComplete;
    expect(last().shown[2]).toBe(false);
    expect(legendButtons(chart)[1].getAttribute('aria-pressed')).toBe('false');

    const first = last();
    chart.runs = [run('a', 12)];
    await chart.updateComplete;
    await vi.waitFor(() => expect(last()).not.toBe(first));
    expect(first.destroyed).toBe(true);
    expect(last().scales.x).toEqual({ min: 3, max: 6 });
    expect(last().opts.series[2].show).toBe(false);
  });

  it('redraws with the zoom kept when the colour scheme changes', async () => {
    const media = { listeners: [] as (() => void)[], addEventListener(_: string, l: () => void) { this.listeners.push(l); }, removeEventListener() {} };
    vi.spyOn(window, 'matchMedia').mockReturnValue(media as unknown as MediaQueryList);
    await mount([run('a')]);
    last().setScale('x', { min: 2, max: 4 });
    const before = plots.length;
    media.listeners.forEach((l) => l());
    await vi.waitFor(() => expect(plots.length).toBe(before + 1), { timeout: 5000 });
    expect(last().scales.x).toEqual({ min: 2, max: 4 });
  });

  it('resets the zoom when x changes from Step to Epoch', async () => {
    const chart = await mount([run('a')]);
    last().setScale('x', { min: 3, max: 6 });
    const segmented = root(chart).querySelector('sw-segmented')!;
    segmented.dispatchEvent(new CustomEvent('sw-segment', { detail: { value: 'epoch' }, bubbles: true, composed: true }));
    await chart.updateComplete;
    await vi.waitFor(() => expect(last().opts.series[0].label).toBe('Epoch'));
    expect(last().data[0][0]).toBe(0.1);
    expect(last().scales.x).toEqual({ min: 0.1, max: 1 });
  });

  it('overlays one curve per run when comparing, and says how far a curve was downsampled', async () => {
    const chart = await mount([run('a', 10, true), run('b', 20)]);
    expect(last().opts.series.map((s) => s.label)).toEqual(['Step', 'Run a', 'Run b']);
    expect(last().data[0]).toHaveLength(20);
    expect(root(chart).textContent).toContain('10 of 100,000 points');
  });

  it('says Showing N of M points for one downsampled evaluation and shows the points as a table', async () => {
    const chart = await mount([run('a', 10, true)]);
    expect(root(chart).textContent).toContain('Showing 10 of 100,000 points.');
    const toggle = root(chart).querySelector('sw-switch')!;
    await toggle.updateComplete;
    toggle.shadowRoot!.querySelector('input')!.click();
    await chart.updateComplete;
    const table = root(chart).querySelector('sw-loss-table')!;
    await table.updateComplete;
    const rows = table.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(10);
    expect(Array.from(table.shadowRoot!.querySelectorAll('thead th'), (th) => th.textContent)).toEqual(['Step', 'Training loss', 'Evaluation loss']);
    expect(Array.from(rows[4].children, (c) => c.textContent?.trim())).toEqual(['5', '0.6', '0.9']);
  });

  it('destroys the chart when removed', async () => {
    const chart = await mount([run('a')]);
    chart.remove();
    expect(last().destroyed).toBe(true);
  });
});
