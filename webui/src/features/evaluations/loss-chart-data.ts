import type uPlot from 'uplot';
import type { EvaluationDetail, LossSeries } from '../../api/evaluations.js';
import { nameOrId } from './evaluation-view.js';

/** What the x axis counts. */
export type XMode = 'step' | 'epoch';
/** How the y axis is scaled. */
export type YScale = 'linear' | 'log';
/** Which curve the comparison overlays (one per run). */
export type CurveKind = 'train' | 'eval';

/** One line of the chart before alignment: its own x and y arrays, and how it is drawn. */
export interface ChartLine {
  /** Stable across re-renders (`train`, `eval`, a run's id), so a hidden line stays hidden. */
  key: string;
  label: string;
  x: number[];
  y: number[];
  /** Index into the palette and the dash patterns: a run keeps its colour and dash. */
  style: number;
  /** Draw markers at each point (sparse evaluation loss). */
  markers?: boolean;
}

/** x values, then one y array per line with null where a line has no point at that x. */
export type Aligned = [number[], ...(number | null)[][]];

/** Distinct dash patterns, so runs differ by more than colour (the first is solid). */
export const DASHES: readonly number[][] = [[], [10, 5], [2, 4], [12, 4, 2, 4], [6, 3], [1, 3], [16, 4], [8, 3, 2, 3, 2, 3]];

/** The theme tokens the chart reads (CSS custom properties) for lines, text and grid. */
export interface ChartTheme {
  lines: string[];
  text: string;
  grid: string;
  surface: string;
}

/** Custom properties of `styles/theme.css` behind {@link ChartTheme}. */
export const PALETTE_SIZE = 8;

/** Reads the chart colours from an element's computed style; a missing token falls back to the text colour. */
export function readTheme(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): ChartTheme {
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const text = read('--sw-text-muted', '#545b69');
  return {
    lines: Array.from({ length: PALETTE_SIZE }, (_, i) => read(`--sw-chart-${i + 1}`, text)),
    text,
    grid: read('--sw-border', '#dde1e7'),
    surface: read('--sw-surface', '#ffffff'),
  };
}

/**
 * Puts lines with their own x values on one shared, ascending x: each line gets null where it has
 * no point (the sparse evaluation loss, runs of different lengths), and uPlot spans the gaps.
 * Non-finite x are dropped; a repeated x within a line keeps its last value.
 */
export function alignLines(lines: readonly Pick<ChartLine, 'x' | 'y'>[]): Aligned {
  const xs = new Set<number>();
  for (const line of lines) for (const x of line.x) if (Number.isFinite(x)) xs.add(x);
  const shared = [...xs].sort((a, b) => a - b);
  const index = new Map<number, number>();
  shared.forEach((x, i) => index.set(x, i));
  const ys = lines.map((line) => {
    const y: (number | null)[] = new Array<number | null>(shared.length).fill(null);
    line.x.forEach((x, i) => {
      const at = index.get(x);
      const value = line.y[i];
      if (at !== undefined) y[at] = typeof value === 'number' && Number.isFinite(value) ? value : null;
    });
    return y;
  });
  return [shared, ...ys];
}

/** For a log axis: values at or below zero have no place on it and become gaps; counts how many. */
export function forLogScale(data: Aligned): { data: Aligned; hidden: number } {
  let hidden = 0;
  const ys = data.slice(1).map((y) =>
    (y as (number | null)[]).map((v) => {
      if (v !== null && v <= 0) {
        hidden++;
        return null;
      }
      return v;
    }),
  );
  return { data: [data[0], ...ys], hidden };
}

const pick = (series: LossSeries, x: XMode) => (x === 'step' ? series.step : series.epoch);

/** One evaluation: training loss (solid line) and evaluation loss (dashed, with markers). */
export function singleRunLines(detail: Pick<EvaluationDetail, 'lossCurve'>, x: XMode): ChartLine[] {
  const { train, eval: evalSeries } = detail.lossCurve;
  return [
    { key: 'train', label: 'Training loss', x: pick(train, x), y: train.loss, style: 0 },
    { key: 'eval', label: 'Evaluation loss', x: pick(evalSeries, x), y: evalSeries.loss, style: 1, markers: true },
  ];
}

/** A run's name in the legend: its experiment, or the evaluation id. */
export function runLabel(run: Pick<EvaluationDetail, 'id' | 'experimentName' | 'experimentId'>): string {
  return nameOrId(run.experimentName, run.experimentId || run.id);
}

/** The runs' names, in order; two runs of one experiment would read the same, so their position tells them apart. */
export function runLabels(runs: readonly Pick<EvaluationDetail, 'id' | 'experimentName' | 'experimentId'>[]): string[] {
  const labels = runs.map(runLabel);
  return labels.map((label, i) => (labels.filter((l) => l === label).length > 1 ? `${label} (run ${i + 1})` : label));
}

/** Several evaluations: one curve each (training or evaluation loss), each run its own colour and dash. */
export function compareLines(runs: readonly EvaluationDetail[], x: XMode, kind: CurveKind): ChartLine[] {
  const labels = runLabels(runs);
  return runs.map((run, i) => {
    const series = kind === 'train' ? run.lossCurve.train : run.lossCurve.eval;
    return {
      key: run.id,
      label: labels[i],
      x: pick(series, x),
      y: series.loss,
      style: i % PALETTE_SIZE,
      markers: kind === 'eval',
    };
  });
}

/** The user's zoom on x, or null when the whole range is shown. */
export interface Zoom {
  min: number;
  max: number;
}

/** The zoom a scale change left: null when it covers all the data (a double-click reset). */
export function zoomOf(min: number | undefined, max: number | undefined, xs: readonly number[]): Zoom | null {
  if (min === undefined || max === undefined || xs.length === 0) return null;
  if (min <= xs[0] && max >= xs[xs.length - 1]) return null;
  return { min, max };
}

/** What {@link chartOptions} needs: size, lines, axes and what the user chose so far. */
export interface ChartSpec {
  width: number;
  height: number;
  lines: readonly ChartLine[];
  x: XMode;
  y: YScale;
  theme: ChartTheme;
  /** Keys of the lines the user hid in the legend. */
  hidden: ReadonlySet<string>;
  hooks?: uPlot.Hooks.Arrays;
}

const formatValue = (v: number | null) => (v === null || v === undefined ? '—' : String(Number(v.toPrecision(6))));

/** The uPlot options for a loss chart: pure, so it is tested without a canvas. */
export function chartOptions(spec: ChartSpec): uPlot.Options {
  const { theme } = spec;
  const axis = (label: string): uPlot.Axis => ({
    label,
    stroke: theme.text,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
  });
  return {
    width: spec.width,
    height: spec.height,
    scales: {
      x: { time: false },
      y: spec.y === 'log' ? { distr: 3, log: 10 } : { distr: 1 },
    },
    series: [
      { label: spec.x === 'step' ? 'Step' : 'Epoch', value: (_u, v) => formatValue(v) },
      ...spec.lines.map((line) => {
        const stroke = theme.lines[line.style % theme.lines.length];
        return {
          label: line.label,
          stroke,
          width: 2,
          dash: DASHES[line.style % DASHES.length],
          spanGaps: true,
          show: !spec.hidden.has(line.key),
          value: (_u: uPlot, v: number | null) => formatValue(v),
          points: line.markers ? { show: true, size: 6, stroke, fill: theme.surface, width: 2 } : { show: false },
        } satisfies uPlot.Series;
      }),
    ],
    axes: [axis(spec.x === 'step' ? 'Step' : 'Epoch'), axis('Loss')],
    cursor: { drag: { x: true, y: false, setScale: true }, points: { size: 8 } },
    legend: { show: false },
    hooks: spec.hooks,
  };
}

/** Indices of the aligned points inside the zoom (all when not zoomed), for the table view. */
export function shownIndices(xs: readonly number[], zoom: Zoom | null): number[] {
  const out: number[] = [];
  xs.forEach((x, i) => {
    if (!zoom || (x >= zoom.min && x <= zoom.max)) out.push(i);
  });
  return out;
}
