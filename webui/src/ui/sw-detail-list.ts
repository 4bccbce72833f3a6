import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';

/** One line of a detail list: a term and its value (text or a template; text stays text). */
export type Detail = [term: string, value: unknown];

const missing = (value: unknown) => value === null || value === undefined || value === '';

/** Key/value details of an item, as a description list, e.g. in a drawer. */
@customElement('sw-detail-list')
export class SwDetailList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }

      dl {
        display: grid;
        grid-template-columns: minmax(7rem, max-content) 1fr;
        gap: var(--sw-space-2) var(--sw-space-4);
        margin: 0;
        font-size: var(--sw-text-sm);
      }

      dt {
        color: var(--sw-text-muted);
        font-weight: 600;
      }

      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The lines, in order; a missing value (null, undefined, '') shows as "—". */
  @property({ attribute: false }) items: Detail[] = [];

  override render() {
    return html`<dl>
      ${this.items.map(([term, value]) => html`<dt>${term}</dt><dd>${missing(value) ? '—' : value}</dd>`)}
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-detail-list': SwDetailList;
  }
}
