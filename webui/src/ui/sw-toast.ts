import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';
import { checkIcon } from './icons.js';

/**
 * The success state: a dismissible confirmation, announced politely.
 * @slot - The message, e.g. "Dataset uploaded."
 * @fires sw-dismiss - The user pressed Dismiss; the toast has closed itself.
 */
@customElement('sw-toast')
export class SwToast extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }

      .toast {
        display: flex;
        align-items: center;
        gap: var(--sw-space-3);
        padding: var(--sw-space-3) var(--sw-space-4);
        border: 1px solid var(--sw-border);
        border-left: 4px solid var(--sw-success-text);
        border-radius: var(--sw-radius);
        background: var(--sw-surface);
        box-shadow: var(--sw-shadow);
      }

      .toast > svg {
        width: 1.5rem;
        height: 1.5rem;
        flex: none;
        color: var(--sw-success-text);
      }

      .message {
        flex: 1;
        min-width: 0;
      }
    `,
  ];

  /** Whether the confirmation is shown. */
  @property({ type: Boolean, reflect: true }) open = true;

  private _dismiss() {
    this.open = false;
    this.dispatchEvent(new CustomEvent('sw-dismiss', { bubbles: true, composed: true }));
  }

  override render() {
    return html`<div role="status">
      ${this.open
        ? html`<div class="toast">
            ${checkIcon()}
            <div class="message"><slot></slot></div>
            <button class="button" type="button" @click=${this._dismiss}>Dismiss</button>
          </div>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-toast': SwToast;
  }
  interface HTMLElementEventMap {
    'sw-dismiss': CustomEvent<void>;
  }
}
