import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Model, ModelDetail } from '../../api/types.js';
import { sharedStyles } from '../../styles/shared.js';
import { dateCell, parameterCell } from '../../ui/cells.js';
import { choiceLabel, MODEL_TYPES } from '../../ui/labels.js';
import type { Detail } from '../../ui/sw-detail-list.js';
import '../../ui/sw-detail-list.js';
import '../../ui/sw-simulated.js';
import './sw-model-evaluations.js';
import './sw-model-lineage.js';

/** A model's own details for its drawer. */
export function modelDetails(model: Model): Detail[] {
  return [
    ['Model type', choiceLabel(MODEL_TYPES, model.type)],
    ['Version', model.latest === true ? `${model.version} (latest)` : model.version],
    ['Architecture', model.architecture],
    ['Parameters', parameterCell(model.parameterCount)],
    ['Created', dateCell(model.createdAt)],
    ['ID', model.id],
  ];
}

/** Its metadata as key/value lines, every value as text. */
export function metadataDetails(model: Model): Detail[] {
  const metadata = typeof model.metadata === 'object' && model.metadata !== null ? model.metadata : {};
  return Object.entries(metadata).map(([key, value]): Detail => [
    key,
    typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value),
  ]);
}

/** What a model drawer shows: description, details, metadata, lineage and evaluations. */
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
    `,
  ];

  /** The model and its linked parts, as `GET /api/models/{id}` answers. */
  @property({ attribute: false }) detail: ModelDetail | null = null;

  /** The link to another model (keeps the list's query), e.g. `id => query.itemHref(id)`. */
  @property({ attribute: false }) modelHref: (id: string) => string = (id) => `/models/${encodeURIComponent(id)}`;

  override render() {
    const d = this.detail;
    if (!d) return nothing;
    const metadata = metadataDetails(d.model);
    return html`${d.model.type === 'fine_tuned' ? html`<sw-simulated block></sw-simulated>` : nothing}
      ${d.model.description ? html`<p>${d.model.description}</p>` : nothing}
      <sw-detail-list .items=${modelDetails(d.model)}></sw-detail-list>
      <section>
        <h3>Metadata</h3>
        ${metadata.length
          ? html`<sw-detail-list .items=${metadata}></sw-detail-list>`
          : html`<p>No metadata.</p>`}
      </section>
      <section>
        <h3>Lineage</h3>
        <sw-model-lineage .detail=${d} .modelHref=${this.modelHref}></sw-model-lineage>
      </section>
      <section>
        <h3>Evaluations</h3>
        <sw-simulated block></sw-simulated>
        <sw-model-evaluations .evaluations=${d.evaluations}></sw-model-evaluations>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-model-details': SwModelDetails;
  }
}
