import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';
import { emptyIcon } from './icons.js';

/**
 * The empty state: a sentence saying why nothing is shown, and the next action.
 * @slot - The sentence; may contain a link.
 * @slot action - A link or button for the next step.
 */
@customElement('sw-empty')
export class SwEmpty extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }

      .empty {
        display: grid;
        justify-items: center;
        gap: var(--sw-space-3);
        padding: var(--sw-space-6) var(--sw-space-4);
        border: 1px dashed var(--sw-border-strong);
        border-radius: var(--sw-radius);
        background: var(--sw-surface);
        text-align: center;
      }

      svg {
        width: 2rem;
        height: 2rem;
        color: var(--sw-text-muted);
      }

      .heading {
        font-weight: 600;
      }

      .text {
        max-width: 52ch;
        color: var(--sw-text-muted);
      }

      ::slotted(a) {
        font-weight: 600;
      }
    `,
  ];

  /** An optional short line above the sentence, e.g. "No datasets match". */
  @property() heading = '';

  override render() {
    return html`<div class="empty">
      ${emptyIcon()} ${this.heading ? html`<p class="heading">${this.heading}</p>` : nothing}
      <p class="text"><slot></slot></p>
      <slot name="action"></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-empty': SwEmpty;
  }
}
