import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatPercent } from './format.js';

/** A labelled progress bar with its percent as text; an unknown value shows an indeterminate bar. */
@customElement('sw-progress-bar')
export class SwProgressBar extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      align-items: center;
      gap: var(--sw-space-2);
      min-width: 8rem;
      font-size: var(--sw-text-xs);
      font-variant-numeric: tabular-nums;
    }

    progress {
      flex: 1;
      min-width: 5rem;
      height: 0.5rem;
      accent-color: var(--sw-info-text);
    }
  `;

  /** Progress from 0 to 1; null or missing while unknown. */
  @property({ type: Number }) value: number | null = null;

  /** The bar's accessible name, e.g. "Progress of Support bot". */
  @property() label = 'Progress';

  override render() {
    const percent = formatPercent(this.value);
    const value = percent === null ? nothing : Math.round(Math.min(1, Math.max(0, this.value!)) * 100);
    return html`<progress max="100" value=${value} aria-label=${this.label}></progress>
      <span aria-hidden="true">${percent ?? ''}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-progress-bar': SwProgressBar;
  }
}
