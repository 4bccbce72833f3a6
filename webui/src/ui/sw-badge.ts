import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';

/**
 * A small label on a row, e.g. "Latest" on a model's latest version.
 * @slot - The label's text.
 */
@customElement('sw-badge')
export class SwBadge extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: var(--sw-radius-pill);
      background: var(--sw-info-bg);
      color: var(--sw-info-text);
      font-size: var(--sw-text-xs);
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
    }
  `;

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-badge': SwBadge;
  }
}
