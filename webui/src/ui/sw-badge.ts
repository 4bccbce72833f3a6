import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { StatusTone } from './status.js';

/**
 * The one badge: a small label on a row or a heading, e.g. "Latest" on a model's latest version,
 * an experiment's status (`sw-status-badge`), "Best" on a compared metric. The colour comes from
 * `tone`; the text always says what the colour means.
 * @slot - The label's text, with an icon before it if any.
 */
@customElement('sw-badge')
export class SwBadge extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      padding: 0.125rem 0.625rem;
      border-radius: var(--sw-radius-pill);
      background: var(--sw-info-bg);
      color: var(--sw-info-text);
      font-size: var(--sw-text-xs);
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
    }

    :host([tone='neutral']) {
      background: var(--sw-neutral-bg);
      color: var(--sw-neutral-text);
    }
    :host([tone='success']) {
      background: var(--sw-success-bg);
      color: var(--sw-success-text);
    }
    :host([tone='warning']) {
      background: var(--sw-warning-bg);
      color: var(--sw-warning-text);
    }
    :host([tone='danger']) {
      background: var(--sw-danger-bg);
      color: var(--sw-danger-text);
    }

    .dot {
      width: 0.5em;
      height: 0.5em;
      border-radius: 50%;
      background: currentColor;
    }

    :host([pulse]) .dot {
      animation: pulse 1.6s ease-in-out infinite;
    }

    @keyframes pulse {
      50% {
        opacity: 0.3;
      }
    }
  `;

  /** The colour family. */
  @property({ reflect: true }) tone: StatusTone = 'info';

  /** Shows a dot before the text, as a status does. */
  @property({ type: Boolean }) dot = false;

  /** Makes the dot pulse, for something under way (a running experiment). */
  @property({ type: Boolean, reflect: true }) pulse = false;

  override render() {
    return html`${this.dot ? html`<span class="dot" aria-hidden="true"></span>` : nothing}<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-badge': SwBadge;
  }
}
