import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ModelDetail } from '../../api/types.js';
import { experimentHref } from '../../app/router.js';
import { sharedStyles } from '../../styles/shared.js';

/** One step of a model's lineage. */
export interface LineageStep {
  kind: 'Base model' | 'Experiment' | 'This model';
  name: string;
  href: string;
}

/**
 * Base model → experiment → this model. A linked item the server could not load still shows, by
 * its id, when the model names it.
 */
export function lineageSteps(detail: ModelDetail, modelHref: (id: string) => string): LineageStep[] {
  const { model, baseModel, experiment } = detail;
  const steps: LineageStep[] = [];
  const baseId = baseModel?.id ?? model.baseModelId;
  if (baseId) steps.push({ kind: 'Base model', name: baseModel?.name || baseId, href: modelHref(baseId) });
  const experimentId = experiment?.id ?? model.experimentId;
  if (experimentId) {
    steps.push({ kind: 'Experiment', name: experiment?.name || experimentId, href: experimentHref(experimentId) });
  }
  steps.push({ kind: 'This model', name: model.name || model.id, href: modelHref(model.id) });
  return steps;
}

/** A model's lineage as links: base model → experiment → this model. */
@customElement('sw-model-lineage')
export class SwModelLineage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: var(--sw-text-sm);
      }

      ol {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sw-space-2) var(--sw-space-3);
        margin: 0;
        padding: 0;
        list-style: none;
      }

      li {
        display: flex;
        align-items: center;
        gap: var(--sw-space-3);
      }

      li + li::before {
        content: '→' / '';
        color: var(--sw-text-muted);
      }

      .step {
        display: grid;
      }

      .kind {
        color: var(--sw-text-muted);
        font-size: var(--sw-text-xs);
      }
    `,
  ];

  /** The model and its linked parts, as `GET /api/models/{id}` answers. */
  @property({ attribute: false }) detail: ModelDetail | null = null;

  /** The link to a model, e.g. one that keeps the list's query. */
  @property({ attribute: false }) modelHref: (id: string) => string = (id) => `/models/${encodeURIComponent(id)}`;

  override render() {
    if (!this.detail) return '';
    const steps = lineageSteps(this.detail, this.modelHref);
    return html`<ol aria-label="Lineage">
        ${steps.map(
          (step) => html`<li>
            <span class="step">
              <span class="kind">${step.kind}</span>
              <a href=${step.href} aria-current=${step.kind === 'This model' ? 'page' : nothing}>${step.name}</a>
            </span>
          </li>`,
        )}
      </ol>
      ${steps.length === 1 ? html`<p class="kind">Not trained from another model here.</p>` : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-model-lineage': SwModelLineage;
  }
}
