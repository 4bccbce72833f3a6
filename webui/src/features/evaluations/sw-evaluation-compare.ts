import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { EvaluationDetail } from '../../api/evaluations.js';
import { sharedStyles } from '../../styles/shared.js';
import { tableStyles } from '../../styles/table.js';
import { bestMarks, configDiff } from './evaluation-compare.js';
import { evaluationStyles } from './evaluation-styles.js';
import { METRICS, metricText } from './evaluation-view.js';
import { runLabels } from './loss-chart-data.js';
import type { SwitchDetail } from '../../ui/sw-switch.js';
import '../../ui/sw-simulated.js';
import '../../ui/sw-badge.js';
import './sw-loss-chart.js';
import '../../ui/sw-switch.js';

const star = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M8 1.5l1.9 4.1 4.5.5-3.4 3 1 4.4L8 11.2 4 13.5l1-4.4-3.4-3 4.5-.5z" />
</svg>`;

/**
 * Two to eight evaluations side by side: their loss curves overlaid, their metrics with the best
 * of each marked (in words, not only colour), and a diff of their training configuration.
 */
@customElement('sw-evaluation-compare')
export class SwEvaluationCompare extends LitElement {
  static override styles = [
    sharedStyles,
    tableStyles,
    evaluationStyles,
    css`
      .end sw-badge {
        margin-inline-start: var(--sw-space-2);
      }

      .end sw-badge svg {
        width: 0.8rem;
        height: 0.8rem;
        fill: currentColor;
      }

      .differs {
        background: var(--sw-warning-bg);
      }

      .diff-head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--sw-space-3);
        margin-top: var(--sw-space-3);
      }

      .diff-head h3 {
        margin: 0;
      }
    `,
  ];

  /** The evaluations compared, in the order chosen; each keeps its colour and dash in the chart. */
  @property({ attribute: false }) evaluations: EvaluationDetail[] = [];

  @state() private _differencesOnly = false;

  private _head(labels: string[]) {
    return html`<thead>
      <tr>
        <th scope="col">Run</th>
        ${labels.map((label) => html`<th scope="col">${label}</th>`)}
      </tr>
    </thead>`;
  }

  private _metrics(labels: string[]) {
    const best = bestMarks(this.evaluations);
    return html`<div class="frame" tabindex="0" role="region" aria-labelledby="metrics-heading">
      <table>
        <caption class="visually-hidden">Metrics per run; the best value of each metric is marked Best</caption>
        ${this._head(labels)}
        <tbody>
          ${METRICS.map(
            (m) => html`<tr>
              <th scope="row">${m.label} <span class="muted">(${m.better} is better)</span></th>
              ${this.evaluations.map(
                (e) => html`<td class="end">
                  ${metricText(m.key, e.metrics)}${best[m.key].has(e.id) ? html`<sw-badge tone="success">${star}Best</sw-badge>` : ''}
                </td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private _config(labels: string[]) {
    const rows = configDiff(this.evaluations, this._differencesOnly);
    return html`<div class="diff-head">
        <h3 id="config-heading">Configuration</h3>
        <sw-switch .checked=${this._differencesOnly}
          @sw-switch=${(e: CustomEvent<SwitchDetail>) => (this._differencesOnly = e.detail.checked)}>Differences only</sw-switch>
      </div>
      ${rows.length === 0
        ? html`<p class="muted" role="status">All runs share the same configuration.</p>`
        : html`<div class="frame" tabindex="0" role="region" aria-labelledby="config-heading">
            <table>
              ${this._head(labels)}
              <tbody>
                ${rows.map(
                  (row) => html`<tr class=${row.differs ? 'differs' : ''}>
                    <th scope="row">${row.label}${row.differs ? html` <span class="muted">(differs)</span>` : ''}</th>
                    ${row.values.map((v) => html`<td>${v}</td>`)}
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}`;
  }

  override render() {
    const labels = runLabels(this.evaluations);
    return html`<section class="panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare runs</h2>
      <p class="muted">${labels.length} runs, in the order you selected them.</p>
      <h3>Loss curves</h3>
      <sw-simulated block></sw-simulated>
      <sw-loss-chart .runs=${this.evaluations}></sw-loss-chart>
      <h3 id="metrics-heading">Metrics</h3>
      <sw-simulated block></sw-simulated>
      ${this._metrics(labels)}
      ${this._config(labels)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-evaluation-compare': SwEvaluationCompare;
  }
}
