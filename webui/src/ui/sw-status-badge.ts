import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { statusLabel, statusTone } from './status.js';

/** An experiment status as a coloured badge with text; unknown statuses show as received. */
@customElement('sw-status-badge')
export class SwStatusBadge extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
    }

    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      padding: 0.125rem 0.625rem;
      border-radius: var(--sw-radius-pill);
      font-size: var(--sw-text-xs);
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
    }

    .dot {
      width: 0.5em;
      height: 0.5em;
      border-radius: 50%;
      background: currentColor;
    }

    .neutral {
      background: var(--sw-neutral-bg);
      color: var(--sw-neutral-text);
    }
    .info {
      background: var(--sw-info-bg);
      color: var(--sw-info-text);
    }
    .success {
      background: var(--sw-success-bg);
      color: var(--sw-success-text);
    }
    .warning {
      background: var(--sw-warning-bg);
      color: var(--sw-warning-text);
    }
    .danger {
      background: var(--sw-danger-bg);
      color: var(--sw-danger-text);
    }

    .running .dot {
      animation: pulse 1.6s ease-in-out infinite;
    }

    @keyframes pulse {
      50% {
        opacity: 0.3;
      }
    }
  `;

  /** The status as the API sent it, e.g. `running`. */
  @property() status = '';

  override render() {
    const running = this.status === 'running' ? 'running' : '';
    return html`<span class="badge ${statusTone(this.status)} ${running}"
      ><span class="dot" aria-hidden="true"></span>${statusLabel(this.status)}</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-status-badge': SwStatusBadge;
  }
}
