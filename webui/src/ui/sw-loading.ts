import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';

/**
 * The loading state every page shows while it waits: a spinner and a label, announced politely.
 * The spinner is our own SVG ring, not Web Awesome's: every route shows this element on its first
 * load, and Web Awesome's base element would weigh on each of them.
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

      .spinner {
        flex: none;
        width: 1.5rem;
        height: 1.5rem;
        fill: none;
        stroke-width: 3;
        animation: spin 1s linear infinite;
      }

      .track {
        stroke: var(--sw-border);
      }

      .indicator {
        stroke: var(--sw-accent-fill);
        stroke-linecap: round;
        stroke-dasharray: 20 100;
      }

      :host([inline]) .spinner {
        width: 1.125rem;
        height: 1.125rem;
      }

      @keyframes spin {
        to {
          transform: rotate(360deg);
        }
      }

      @media (prefers-reduced-motion: reduce) {
        .spinner {
          animation-duration: 3s;
        }
      }
    `,
  ];

  /** What is loading; shown next to the spinner and read by screen readers. */
  @property() label = 'Loading…';

  /** Compact, left-aligned layout for use inside cards and table cells. */
  @property({ type: Boolean, reflect: true }) inline = false;

  override render() {
    return html`<div class="loading" role="status" aria-busy="true">
      <svg class="spinner" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle class="track" cx="12" cy="12" r="10.5" />
        <circle class="indicator" cx="12" cy="12" r="10.5" />
      </svg>
      <span>${this.label}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-loading': SwLoading;
  }
}
