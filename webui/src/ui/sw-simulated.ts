import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { getConfig } from '../api/config.js';
import './sw-badge.js';

/**
 * The "Simulated" chip on what the sandbox made up (metrics, loss curves, fine-tuned models). It
 * asks `/api/config` (fetched once for the whole app) whether the sandbox serves this app, and
 * shows nothing when a real Training API does.
 */
@customElement('sw-simulated')
export class SwSimulated extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      vertical-align: middle;
    }

    :host([block]) {
      display: flex;
      margin: var(--sw-space-2) 0;
    }

    :host(:not([shown])) {
      display: none;
    }
  `;

  /** On a line of its own under a heading, rather than inline in a cell. */
  @property({ type: Boolean, reflect: true }) block = false;

  /** Set once `/api/config` said the sandbox serves the app. */
  @property({ type: Boolean, reflect: true }) shown = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void getConfig().then((config) => (this.shown = config.sandbox));
  }

  override render() {
    return this.shown ? html`<sw-badge tone="warning">Simulated</sw-badge>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-simulated': SwSimulated;
  }
}
