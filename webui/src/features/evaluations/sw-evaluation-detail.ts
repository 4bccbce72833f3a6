import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { EvaluationDetail } from '../../api/evaluations.js';
import { sharedStyles } from '../../styles/shared.js';
import { tableStyles } from '../../styles/table.js';
import { dateCell } from '../../ui/cells.js';
import { evaluationStyles } from './evaluation-styles.js';
import { METRICS, metricText, nameOrId, statLabel, statText } from './evaluation-view.js';
import '../../ui/sw-simulated.js';
import './sw-loss-chart.js';

/** One evaluation read in full: its metrics, training statistics and loss curve. */
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
        font-size: var(--sw-text-xl);
        font-weight: 650;
        font-variant-numeric: tabular-nums;
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

  override render() {
    const e = this.evaluation;
    if (!e) return null;
    return html`<section class="panel" aria-labelledby="detail-heading">
      <h2 id="detail-heading">${nameOrId(e.experimentName, e.experimentId)}</h2>
      <p class="muted">
        Model ${nameOrId(e.modelName, e.modelId)} on ${nameOrId(e.datasetName, e.datasetId)}, evaluated ${dateCell(e.createdAt)}
      </p>
      <sw-simulated block></sw-simulated>
      <dl class="metrics">
        ${METRICS.map((m) => html`<div><dt>${m.label}</dt><dd>${metricText(m.key, e.metrics)}</dd></div>`)}
      </dl>
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
