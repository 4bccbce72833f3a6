import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { statusLabel, statusTone } from './status.js';
import './sw-badge.js';

/** An experiment status as a coloured badge with text (`sw-badge`); unknown statuses show as received. */
@customElement('sw-status-badge')
export class SwStatusBadge extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
    }
  `;

  /** The status as the API sent it, e.g. `running`. */
  @property() status = '';

  override render() {
    return html`<sw-badge tone=${statusTone(this.status)} dot ?pulse=${this.status === 'running'}
      >${statusLabel(this.status)}</sw-badge
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-status-badge': SwStatusBadge;
  }
}
