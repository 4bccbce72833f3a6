import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Evaluation, ModelDetail } from '../api/types.js';
import { sharedStyles } from '../styles/shared.js';
import { dateCell } from './cells.js';
import { formatCompact, formatCount } from './format.js';
import { choiceLabel, MODEL_TYPES } from './labels.js';
import type { Column } from './sw-data-table.js';
import type { Detail } from './sw-detail-list.js';
import './sw-data-table.js';
import './sw-detail-list.js';

const metric = (value: unknown, digits: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '—';

const EVALUATION_COLUMNS: Column<Evaluation>[] = [
  { header: 'Evaluation', cell: (e) => dateCell(e.createdAt), href: (e) => `/evaluations?ids=${encodeURIComponent(e.id)}` },
  { header: 'Accuracy', cell: (e) => metric(e.metrics?.accuracy, 3), align: 'end' },
  { header: 'F1', cell: (e) => metric(e.metrics?.f1, 3), align: 'end' },
  { header: 'Perplexity', cell: (e) => metric(e.metrics?.perplexity, 2), align: 'end' },
];

/** What a model drawer shows: its details, metadata, lineage and evaluations. */
@customElement('sw-model-details')
export class SwModelDetails extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: var(--sw-space-5);
      }

      section {
        display: grid;
        gap: var(--sw-space-3);
      }

      h3 {
        font-size: var(--sw-text-md);
      }

      ol {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sw-space-2);
        margin: 0;
        padding: 0;
        list-style: none;
        font-size: var(--sw-text-sm);
      }

      li + li::before {
        content: '→';
        margin-inline-end: var(--sw-space-2);
        color: var(--sw-text-muted);
      }
    `,
  ];

  /** The model and its linked parts, as `GET /api/models/{id}` answers. */
  @property({ attribute: false }) detail: ModelDetail | null = null;

  /** The link to another model (keeps the list's query), e.g. `id => query.itemHref(id)`. */
  @property({ attribute: false }) modelHref: (id: string) => string = (id) => `/models/${encodeURIComponent(id)}`;

  private _lineage(d: ModelDetail) {
    const { model, baseModel, experiment } = d;
    if (!baseModel && !experiment) return nothing;
    return html`<section>
      <h3>Lineage</h3>
      <ol aria-label="Lineage">
        ${baseModel ? html`<li><a href=${this.modelHref(baseModel.id)}>${baseModel.name || baseModel.id}</a></li>` : nothing}
        ${experiment
          ? html`<li><a href=${`/experiments/${encodeURIComponent(experiment.id)}`}>${experiment.name || experiment.id}</a></li>`
          : nothing}
        <li aria-current="page">${model.name || model.id}</li>
      </ol>
    </section>`;
  }

  override render() {
    const d = this.detail;
    if (!d) return nothing;
    const { model } = d;
    const count = typeof model.parameterCount === 'number' ? formatCount(model.parameterCount) : null;
    const items: Detail[] = [
      ['Type', choiceLabel(MODEL_TYPES, model.type)],
      ['Version', model.latest ? `${model.version} (latest)` : model.version],
      ['Architecture', model.architecture],
      ['Parameters', count ? `${formatCompact(model.parameterCount)} (${count})` : null],
      ['Created', dateCell(model.createdAt)],
      ['ID', model.id],
    ];
    const metadata = Object.entries(model.metadata ?? {}).map(([key, value]): Detail => [key, String(value)]);
    return html`${model.description ? html`<p>${model.description}</p>` : nothing}
      <sw-detail-list .items=${items}></sw-detail-list>
      ${metadata.length
        ? html`<section>
            <h3>Metadata</h3>
            <sw-detail-list .items=${metadata}></sw-detail-list>
          </section>`
        : nothing}
      ${this._lineage(d)}
      <section>
        <h3>Evaluations</h3>
        ${d.evaluations.length
          ? html`<sw-data-table
              caption="Evaluations"
              .columns=${EVALUATION_COLUMNS}
              .rows=${d.evaluations}
              .rowKey=${(e: Evaluation) => e.id}
            ></sw-data-table>`
          : html`<p>This model has no evaluations yet.</p>`}
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-model-details': SwModelDetails;
  }
}
