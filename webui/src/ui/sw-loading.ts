import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '@awesome.me/webawesome/dist/components/spinner/spinner.js';
import { sharedStyles } from '../styles/shared.js';

/**
 * The loading state every page shows while it waits: a spinner and a label, announced politely.
 * Wraps Web Awesome's spinner so a later swap touches this file only.
 */
@customElement('sw-loading')
export class SwLoading extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }

      .loading {
        display: flex;
        align-items: center;
        justify-content: center;
        gap: var(--sw-space-3);
        padding: var(--sw-space-6) var(--sw-space-4);
        color: var(--sw-text-muted);
        font-size: var(--sw-text-sm);
      }

      :host([inline]) .loading {
        justify-content: flex-start;
        padding: var(--sw-space-2) 0;
      }

      wa-spinner {
        font-size: 1.5rem;
        --track-width: 3px;
        --track-color: var(--sw-border);
        --indicator-color: var(--sw-accent-fill);
      }

      :host([inline]) wa-spinner {
        font-size: 1.125rem;
      }
    `,
  ];

  /** What is loading; shown next to the spinner and read by screen readers. */
  @property() label = 'Loading…';

  /** Compact, left-aligned layout for use inside cards and table cells. */
  @property({ type: Boolean, reflect: true }) inline = false;

  override render() {
    return html`<div class="loading" role="status" aria-busy="true">
      <wa-spinner aria-hidden="true"></wa-spinner>
      <span>${this.label}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-loading': SwLoading;
  }
}
