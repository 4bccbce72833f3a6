import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.js';
import { STEPS, type ExperimentDraft } from './experiment-wizard.js';
import type { Detail } from '../../ui/sw-detail-list.js';
import '../../ui/sw-detail-list.js';

/** Detail of `sw-edit`: the step to go back to, 1-based. */
export interface EditDetail {
  step: number;
}

/**
 * The Review & launch step: every choice by name, grouped by the step that asks for it, each group
 * with an Edit button ("Edit base model") going back to its step.
 * @fires sw-edit - The user wants to change a step; `detail.step` is it.
 */
@customElement('sw-wizard-review')
export class SwWizardReview extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: var(--sw-space-4);
      }

      section {
        display: grid;
        gap: var(--sw-space-2);
        padding: var(--sw-space-4);
        border: 1px solid var(--sw-border);
        border-radius: var(--sw-radius);
        background: var(--sw-surface);
      }

      header {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: var(--sw-space-3);
      }

      h3 {
        margin: 0;
        font-size: var(--sw-text-base, 1rem);
      }
    `,
  ];

  /** The draft to review. */
  @property({ attribute: false }) draft: ExperimentDraft | null = null;

  private _groups(d: ExperimentDraft): Detail[][] {
    return [
      [['Experiment name', d.name.trim()], ['Description', d.description.trim()], ['Goal', d.goal.trim()]],
      [['Base model', d.baseModel?.name]],
      [['Training dataset', d.trainingDataset?.name], ['Records hold', d.trainingDataset?.layout]],
      [['Evaluation dataset', d.evaluationDataset?.name], ['Records hold', d.evaluationDataset?.layout]],
      [['Learning rate', d.learningRate.trim()], ['Epochs', d.epochs.trim()], ['Batch size', d.batchSize.trim()]],
    ];
  }

  private _edit(step: number) {
    this.dispatchEvent(new CustomEvent<EditDetail>('sw-edit', { detail: { step }, bubbles: true, composed: true }));
  }

  override render() {
    if (!this.draft) return html``;
    return this._groups(this.draft).map((items, i) => {
      const title = STEPS[i].title;
      return html`<section aria-labelledby="review-${i}">
        <header>
          <h3 id="review-${i}">${title}</h3>
          <button class="button" type="button" @click=${() => this._edit(i + 1)}>
            Edit<span class="visually-hidden"> ${title.toLowerCase()}</span>
          </button>
        </header>
        <sw-detail-list .items=${items}></sw-detail-list>
      </section>`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-wizard-review': SwWizardReview;
  }
  interface HTMLElementEventMap {
    'sw-edit': CustomEvent<EditDetail>;
  }
}
