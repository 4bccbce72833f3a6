import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';
import { CONNECT_HREF, dismissNotice, noticeDismissed } from './sandbox-notice.js';

/**
 * The first-visit notice on the sandbox: what is simulated and how to connect a real Training API.
 * The shell shows it only when `/api/config` says the sandbox serves the app; once dismissed it
 * stays dismissed in this browser (localStorage).
 * @fires sw-notice-dismissed - The user dismissed it; the shell moves focus to the page's heading.
 */
@customElement('sw-sandbox-notice')
export class SwSandboxNotice extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }

      .notice {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sw-space-3) var(--sw-space-4);
        margin-bottom: var(--sw-space-5);
        padding: var(--sw-space-3) var(--sw-space-4);
        border: 1px solid var(--sw-warning-text);
        border-radius: var(--sw-radius);
        background: var(--sw-warning-bg);
        color: var(--sw-warning-text);
        font-size: var(--sw-text-sm);
      }

      .notice p {
        flex: 1 1 24rem;
        max-width: 90ch;
      }

      .notice a {
        color: inherit;
        font-weight: 600;
      }

      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sw-space-3);
      }
    `,
  ];

  @state() private _dismissed = noticeDismissed();

  private _dismiss() {
    dismissNotice();
    this._dismissed = true;
    this.dispatchEvent(new CustomEvent('sw-notice-dismissed', { bubbles: true, composed: true }));
  }

  override render() {
    if (this._dismissed) return nothing;
    return html`<section class="notice" aria-label="About the sandbox">
      <p>
        <strong>This is the sandbox: nothing here is really trained.</strong> Runs, their progress,
        metrics, loss curves and fine-tuned models are simulated by the embedded sandbox Training API.
      </p>
      <div class="actions">
        <a href=${CONNECT_HREF}>Connect a real Training API</a>
        <button class="button" type="button" @click=${this._dismiss}>Dismiss<span class="visually-hidden"> the sandbox notice</span></button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-sandbox-notice': SwSandboxNotice;
  }
  interface HTMLElementEventMap {
    'sw-notice-dismissed': CustomEvent<void>;
  }
}
