import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.js';

/** The wizard's step indicator: every step by name, the current one marked `aria-current="step"`. */
@customElement('sw-wizard-steps')
export class SwWizardSteps extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin-bottom: var(--sw-space-6);
      }

      ol {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sw-space-2) var(--sw-space-4);
        margin: 0;
        padding: 0;
        list-style: none;
        font-size: var(--sw-text-sm);
      }

      li {
        display: flex;
        align-items: center;
        gap: var(--sw-space-2);
        color: var(--sw-text-muted);
      }

      .number {
        display: inline-grid;
        place-items: center;
        width: 1.75rem;
        height: 1.75rem;
        border: 1px solid var(--sw-border-strong);
        border-radius: 50%;
        font-weight: 650;
      }

      .done .number {
        border-color: var(--sw-success-text);
        color: var(--sw-success-text);
      }

      [aria-current='step'] {
        color: var(--sw-text);
        font-weight: 650;
      }

      [aria-current='step'] .number {
        border-color: var(--sw-accent, var(--sw-info-text));
        background: var(--sw-info-bg);
        color: var(--sw-info-text);
      }
    `,
  ];

  /** The step names in order. */
  @property({ attribute: false }) steps: readonly string[] = [];

  /** The current step, 1-based. */
  @property({ type: Number }) current = 1;

  override render() {
    return html`<nav aria-label="Steps">
      <ol>
        ${this.steps.map((title, i) => {
          const step = i + 1;
          const where = step === this.current ? 'current' : step < this.current ? 'done' : 'todo';
          const state = where === 'done' ? ' (done)' : '';
          return html`<li class=${where} aria-current=${where === 'current' ? 'step' : 'false'}>
            <span class="number" aria-hidden="true">${step}</span>
            <span><span class="visually-hidden">Step ${step}: </span>${title}<span class="visually-hidden">${state}</span></span>
          </li>`;
        })}
      </ol>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-wizard-steps': SwWizardSteps;
  }
}
