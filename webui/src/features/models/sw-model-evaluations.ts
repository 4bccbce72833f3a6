import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Evaluation } from '../../api/types.js';
import { dateCell } from '../../ui/cells.js';
import { formatDecimal, formatMetricPercent } from '../../ui/format.js';
import type { Column } from '../../ui/sw-data-table.js';
import { evaluationHref } from '../../app/router.js';
import '../../ui/sw-data-table.js';


export const EVALUATION_COLUMNS: Column<Evaluation>[] = [
  { header: 'Evaluation', cell: (e) => dateCell(e.createdAt), href: (e) => evaluationHref(e.id) },
  { header: 'Accuracy', cell: (e) => formatMetricPercent(e.metrics?.accuracy) ?? '—', align: 'end' },
  { header: 'F1', cell: (e) => formatMetricPercent(e.metrics?.f1) ?? '—', align: 'end' },
  { header: 'Perplexity', cell: (e) => formatDecimal(e.metrics?.perplexity, 2) ?? '—', align: 'end' },
];

/** A model's evaluations: when, Accuracy and F1 (percent), Perplexity; each links to the Evaluations page. */
@customElement('sw-model-evaluations')
export class SwModelEvaluations extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }

    p {
      margin: 0;
      font-size: var(--sw-text-sm);
      color: var(--sw-text-muted);
    }
  `;

  /** The evaluations, metrics only. */
  @property({ attribute: false }) evaluations: Evaluation[] = [];

  override render() {
    if (this.evaluations.length === 0) return html`<p>This model has no evaluations yet.</p>`;
    return html`<sw-data-table
      caption="Evaluations"
      .columns=${EVALUATION_COLUMNS}
      .rows=${this.evaluations}
      .rowKey=${(e: Evaluation) => e.id}
    ></sw-data-table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-model-evaluations': SwModelEvaluations;
  }
}
