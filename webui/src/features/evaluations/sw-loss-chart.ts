import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type uPlot from 'uplot';
import type { EvaluationDetail } from '../../api/evaluations.js';
import { sharedStyles } from '../../styles/shared.js';
import { formatCount } from '../../ui/format.js';
import {
  alignLines, chartOptions, compareLines, forLogScale, readTheme, shownIndices, singleRunLines, zoomOf,
  type Aligned, type ChartLine, type CurveKind, type XMode, type YScale, type Zoom,
} from './loss-chart-data.js';
import { legendStyles, renderLegend } from './loss-chart-legend.js';
import type { SegmentDetail } from '../../ui/sw-segmented.js';
import type { SwitchDetail } from '../../ui/sw-switch.js';
import './sw-loss-table.js';
import '../../ui/sw-segmented.js';
import '../../ui/sw-switch.js';

type UPlotClass = typeof uPlot;

let library: Promise<UPlotClass> | undefined;

/** uPlot and its stylesheet, loaded once, on the first chart: only the Evaluations page pays for them. */
function loadUplot(): Promise<UPlotClass> {
  library ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css?inline')]).then(([mod, css]) => {
    sheet.replaceSync(css.default);
    return mod.default;
  });
  return library;
}

const sheet = new CSSStyleSheet();
const DARK = '(prefers-color-scheme: dark)';
const HEIGHT = 320;

/**
 * The loss curve of one evaluation (training and evaluation loss) or of several overlaid (one
 * curve per run, each its own colour and dash). Step or Epoch on x, Linear or Log on y, hover to
 * read, legend buttons to hide lines, drag to zoom, double-click to reset, and a table view.
 * A redraw (new data, a theme change) keeps the zoom and the hidden lines.
 */
@customElement('sw-loss-chart')
export class SwLossChart extends LitElement {
  static override styles = [
    sharedStyles,
    legendStyles,
    css`
      :host {
        display: block;
      }

      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--sw-space-3) var(--sw-space-5);
        margin-bottom: var(--sw-space-3);
      }

      .plot {
        min-height: ${HEIGHT}px;
      }

      .note {
        margin-top: var(--sw-space-2);
        font-size: var(--sw-text-sm);
        color: var(--sw-text-muted);
      }

      .uplot {
        font-family: var(--sw-font);
      }
    `,
  ];

  /** The evaluations to draw: one shows training and evaluation loss, several are overlaid. */
  @property({ attribute: false }) runs: EvaluationDetail[] = [];

  @state() private _x: XMode = 'step';
  @state() private _y: YScale = 'linear';
  @state() private _kind: CurveKind = 'train';
  @state() private _table = false;
  @state() private _hidden = new Set<string>();
  @state() private _zoom: Zoom | null = null;
  @state() private _cursor: number | null = null;
  @state() private _theme = 0;
  @state() private _failed: unknown = null;

  @query('.plot') private _plotEl!: HTMLElement;

  private _plot?: uPlot;
  private _lines: ChartLine[] = [];
  private _data: Aligned = [[]];
  private _belowZero = 0;
  private _resize?: ResizeObserver;
  private _media?: MediaQueryList;
  private _drawn = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this._media = window.matchMedia?.(DARK);
    this._media?.addEventListener('change', this._onTheme);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._media?.removeEventListener('change', this._onTheme);
    this._resize?.disconnect();
    this._resize = undefined;
    this._plot?.destroy();
    this._plot = undefined;
  }

  protected override firstUpdated(): void {
    const root = this.shadowRoot!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this._resize = new ResizeObserver(() => this._fit());
    this._resize.observe(this._plotEl);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('_x')) this._zoom = null;
    if (changed.has('runs') || changed.has('_x') || changed.has('_kind') || changed.has('_y')) {
      this._lines = this.runs.length === 1 ? singleRunLines(this.runs[0], this._x) : compareLines(this.runs, this._x, this._kind);
      const aligned = alignLines(this._lines);
      const log = this._y === 'log' ? forLogScale(aligned) : { data: aligned, hidden: 0 };
      this._data = log.data;
      this._belowZero = log.hidden;
      this._cursor = null;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (['runs', '_x', '_y', '_kind', '_theme'].some((key) => changed.has(key))) void this._draw();
  }

  private _onTheme = () => {
    this._theme++;
  };

  private _width(): number {
    return Math.max(240, Math.floor(this._plotEl?.clientWidth || 600));
  }

  private _fit() {
    const width = this._width();
    if (this._plot && Math.abs(this._plot.width - width) > 1) this._plot.setSize({ width, height: HEIGHT });
  }

  private async _draw() {
    const drawing = ++this._drawn;
    let UPlot: UPlotClass;
    try {
      UPlot = await loadUplot();
    } catch (error) {
      this._failed = error;
      return;
    }
    if (drawing !== this._drawn || !this.isConnected) return;
    performance.mark('sw-chart-start');
    const zoom = this._zoom;
    const options = chartOptions({
      width: this._width(),
      height: HEIGHT,
      lines: this._lines,
      x: this._x,
      y: this._y,
      theme: readTheme(getComputedStyle(this)),
      hidden: this._hidden,
      hooks: {
        setScale: [(u, key) => key === 'x' && this._plot === u && (this._zoom = zoomOf(u.scales.x.min, u.scales.x.max, this._data[0]))],
        setCursor: [(u) => (this._cursor = u.cursor.idx ?? null)],
      },
    });
    this._plot?.destroy();
    this._plot = new UPlot(options, this._data, this._plotEl);
    if (zoom) this._plot.setScale('x', zoom);
    performance.measure('sw-chart-build', 'sw-chart-start');
    requestAnimationFrame(() => {
      performance.mark('sw-chart-drawn');
      performance.measure('sw-chart-draw', 'sw-chart-start', 'sw-chart-drawn');
      this.dispatchEvent(new Event('sw-chart-drawn', { bubbles: true, composed: true }));
    });
  }

  private _toggle(index: number) {
    const line = this._lines[index];
    const hidden = new Set(this._hidden);
    if (hidden.has(line.key)) hidden.delete(line.key);
    else hidden.add(line.key);
    this._hidden = hidden;
    this._plot?.setSeries(index + 1, { show: !hidden.has(line.key) });
  }

  private _note() {
    if (this.runs.length === 1) {
      const c = this.runs[0].lossCurve;
      return c.downsampled ? `Showing ${formatCount(c.points)} of ${formatCount(c.totalPoints)} points.` : '';
    }
    const reduced = this.runs.filter((r) => r.lossCurve.downsampled);
    return reduced.length
      ? `Downsampled curves (spikes kept): ${reduced.map((r) => `${formatCount(r.lossCurve.points)} of ${formatCount(r.lossCurve.totalPoints)} points`).join('; ')}.`
      : '';
  }

  private _segment<T extends string>(label: string, value: T, options: { value: T; label: string }[], set: (v: T) => void) {
    return html`<sw-segmented label=${label} .value=${value} .options=${options}
      @sw-segment=${(e: CustomEvent<SegmentDetail>) => set(e.detail.value as T)}></sw-segmented>`;
  }

  override render() {
    const empty = this._data[0].length === 0;
    const note = this._note();
    const xLabel = this._x === 'step' ? 'Step' : 'Epoch';
    return html`<div class="controls">
        ${this._segment('X axis', this._x, [{ value: 'step', label: 'Step' }, { value: 'epoch', label: 'Epoch' }], (v) => (this._x = v))}
        ${this._segment('Scale', this._y, [{ value: 'linear', label: 'Linear' }, { value: 'log', label: 'Log' }], (v) => (this._y = v))}
        ${this.runs.length > 1
          ? this._segment('Curve', this._kind, [{ value: 'train', label: 'Training loss' }, { value: 'eval', label: 'Evaluation loss' }], (v) => (this._kind = v))
          : nothing}
        <sw-switch .checked=${this._table} @sw-switch=${(e: CustomEvent<SwitchDetail>) => (this._table = e.detail.checked)}>View as table</sw-switch>
      </div>
      ${renderLegend({ lines: this._lines, data: this._data, hidden: this._hidden, cursor: this._cursor, xLabel, onToggle: (i) => this._toggle(i) })}
      <div class="plot" role="img" aria-label="Loss curve" ?hidden=${this._table}></div>
      ${this._table
        ? html`<sw-loss-table .data=${this._data} .lines=${this._lines} .hiddenKeys=${this._hidden}
            .indices=${shownIndices(this._data[0], this._zoom)} xLabel=${xLabel}></sw-loss-table>`
        : nothing}
      ${empty ? html`<p class="note">This evaluation has no loss curve.</p>` : nothing}
      ${this._failed ? html`<p class="note" role="alert">The chart could not be loaded. Reload the page to try again.</p>` : nothing}
      <p class="note">
        ${note} ${this._y === 'log' && this._belowZero > 0 ? `${formatCount(this._belowZero)} values at or below zero are left out on the log scale.` : ''}
        ${this._table ? '' : 'Drag across the chart to zoom in; double-click to show everything.'}
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-loss-chart': SwLossChart;
  }
}
