import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.js';
import { formatCount } from '../../ui/format.js';
import '../../ui/sw-error.js';
import '../../ui/sw-loading.js';

/**
 * A card with one number, e.g. "Total datasets". Shows its own loading and error states, so one
 * failing source never hides the others.
 * @fires sw-retry - From its error state's Retry button.
 */
@customElement('sw-stat-card')
export class SwStatCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }

      section {
        display: grid;
        align-content: start;
        gap: var(--sw-space-2);
        height: 100%;
        padding: var(--sw-space-4) var(--sw-space-5) var(--sw-space-5);
        border: 1px solid var(--sw-border);
        border-radius: var(--sw-radius);
        background: var(--sw-surface);
        box-shadow: var(--sw-shadow);
      }

      h2 {
        font-size: var(--sw-text-sm);
        font-weight: 600;
        color: var(--sw-text-muted);
      }

      .note {
        font-size: var(--sw-text-sm);
        color: var(--sw-text-muted);
      }

      .value {
        font-size: var(--sw-text-3xl);
        font-weight: 650;
        line-height: 1.1;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  /** The card's heading and accessible name, e.g. "Total datasets". */
  @property() label = '';

  /** The number to show; null when unknown. */
  @property({ attribute: false }) value: number | null = null;

  /** Why the number is missing; shows an error with Retry instead of the number. */
  @property({ attribute: false }) error: unknown = null;

  /** A short line under the number, e.g. "2 running"; empty shows none. */
  @property() note = '';

  /** Shows a loading state instead of the number. */
  @property({ type: Boolean }) loading = false;

  private _content() {
    if (this.loading) return html`<sw-loading inline label="Loading…"></sw-loading>`;
    if (this.error) return html`<sw-error compact .error=${this.error}></sw-error>`;
    if (this.value === null) return html`<p class="value">
        <span aria-hidden="true">—</span><span class="visually-hidden">Not available</span>
      </p>`;
    return html`<p class="value">${formatCount(this.value)}</p>
      ${this.note ? html`<p class="note">${this.note}</p>` : nothing}`;
  }

  override render() {
    return html`<section aria-labelledby="label">
      <h2 id="label">${this.label}</h2>
      ${this._content()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-stat-card': SwStatCard;
  }
}
