import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * The quiet line a polled page shows beside its heading: "Refreshing…" while a poll is in flight,
 * "Could not refresh — retrying" after one failed (announced politely), nothing otherwise. The data
 * on screen stays as it was.
 */
@customElement('sw-refresh-status')
export class SwRefreshStatus extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-height: 1.25rem;
      color: var(--sw-text-muted);
      font-size: var(--sw-text-xs);
    }

    .failed {
      color: var(--sw-warning-text);
      font-weight: 600;
    }
  `;

  /** A refresh is in flight. */
  @property({ type: Boolean }) refreshing = false;

  /** The last refresh failed; the next one retries. */
  @property({ type: Boolean }) failed = false;

  override render() {
    return html`<span role="status">${this.failed ? html`<span class="failed">Could not refresh — retrying</span>` : nothing}</span
      >${this.refreshing && !this.failed ? html`<span>Refreshing…</span>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-refresh-status': SwRefreshStatus;
  }
}
