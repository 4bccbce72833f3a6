import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { EvaluationDetail } from '../../api/evaluations.js';
import { sharedStyles } from '../../styles/shared.js';
import { tableStyles } from '../../styles/table.js';
import { dateCell } from '../../ui/cells.js';
import { evaluationStyles } from './evaluation-styles.js';
import { METRICS, metricText, nameLink, statLabel, statText } from './evaluation-view.js';
import { evalLossStepText, metricInfo, stepText } from './metric-info.js';
import { formatDecimal } from '../../ui/format.js';
import '../../ui/sw-simulated.js';
import './sw-loss-chart.js';

/**
 * One evaluation read in full: its metrics, each with what it is and how it was computed where the
 * Training API says, the step they were measured at, its training statistics and loss curve. The
 * experiment, model and dataset are links to their pages.
 */
@customElement('sw-evaluation-detail')
export class SwEvaluationDetail extends LitElement {
  static override styles = [
    sharedStyles,
    tableStyles,
    evaluationStyles,
    css`
      .metrics {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
        gap: var(--sw-space-3);
        margin: 0;
      }

      .metrics div {
        padding: var(--sw-space-3) var(--sw-space-4);
        border: 1px solid var(--sw-border);
        border-radius: var(--sw-radius);
        background: var(--sw-surface);
      }

      .metrics dt {
        color: var(--sw-text-muted);
        font-size: var(--sw-text-sm);
        font-weight: 600;
      }

      .metrics dd {
        margin: 0;
      }

      .metrics .value {
        font-size: var(--sw-text-xl);
        font-weight: 650;
        font-variant-numeric: tabular-nums;
      }

      .metrics .about {
        margin: var(--sw-space-1) 0 0;
        color: var(--sw-text-muted);
        font-size: var(--sw-text-sm);
      }

      .step {
        margin: var(--sw-space-3) 0 0;
        font-size: var(--sw-text-sm);
      }
    `,
  ];

  /** The evaluation. */
  @property({ attribute: false }) evaluation: EvaluationDetail | null = null;

  /** The chart's runs: a new array only when the evaluation changes, so the chart redraws only then. */
  private _runs: EvaluationDetail[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('evaluation')) this._runs = this.evaluation ? [this.evaluation] : [];
  }

  private _stats(e: EvaluationDetail) {
    const entries = Object.entries(e.trainingStats);
    if (entries.length === 0) return html`<p class="muted">No training statistics were recorded.</p>`;
    return html`<div class="frame" tabindex="0" role="region" aria-labelledby="stats-heading">
      <table>
        <thead>
          <tr><th scope="col">Statistic</th><th scope="col" class="end">Value</th></tr>
        </thead>
        <tbody>
          ${entries.map(([key, value]) => html`<tr><th scope="row">${statLabel(key)}</th><td class="end">${statText(value)}</td></tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  /** A metric with its definition as text beside it: read by everyone, no hover or focus needed. */
  private _metric(label: string, value: string, about: string, method: string) {
    return html`<div>
      <dt>${label}</dt>
      <dd class="value">${value}</dd>
      <dd class="about">${about} ${method}</dd>
    </div>`;
  }

  override render() {
    const e = this.evaluation;
    if (!e) return null;
    const loss = metricInfo('evalLoss');
    const lossValue = formatDecimal(e.evalLoss, 4) ?? '—';
    return html`<section class="panel" aria-labelledby="detail-heading">
      <h2 id="detail-heading">Metrics</h2>
      <p class="muted">
        Experiment ${nameLink('/experiments', e.experimentId, e.experimentName)}; model
        ${nameLink('/models', e.modelId, e.modelName)} on ${nameLink('/datasets', e.datasetId, e.datasetName)};
        evaluated ${dateCell(e.createdAt)}
      </p>
      <sw-simulated block></sw-simulated>
      <dl class="metrics">
        ${METRICS.map((m) => {
          const info = metricInfo(m.key, e.trainingStats);
          return this._metric(m.label, metricText(m.key, e.metrics), info.definition, info.method);
        })}
        ${this._metric('Evaluation loss', lossValue, loss.definition,
          e.evalLoss == null ? 'The Training API reported none.' : evalLossStepText(e.evalLossStep))}
      </dl>
      <p class="step" data-testid="metrics-step">${stepText(e.step)}</p>
      <h3>Loss curve</h3>
      <sw-simulated block></sw-simulated>
      <sw-loss-chart .runs=${this._runs}></sw-loss-chart>
      <h3 id="stats-heading">Training statistics</h3>
      ${this._stats(e)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-evaluation-detail': SwEvaluationDetail;
  }
}
