import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { sharedStyles } from '../styles/shared.js';

/** One column: its header and how to render a row's cell. */
export interface Column<T> {
  header: string;
  cell(row: T): unknown;
  /** `end` for numbers, so digits line up. */
  align?: 'start' | 'end';
}

/**
 * A readable table for list pages. It scrolls inside its own frame on narrow screens, so the page
 * itself never scrolls sideways.
 */
@customElement('sw-data-table')
export class SwDataTable extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }

      .frame {
        overflow-x: auto;
        border: 1px solid var(--sw-border);
        border-radius: var(--sw-radius);
        background: var(--sw-surface);
      }

      table {
        width: 100%;
        border-collapse: collapse;
        font-size: var(--sw-text-sm);
      }

      th,
      td {
        padding: var(--sw-space-3) var(--sw-space-4);
        text-align: start;
        vertical-align: middle;
        white-space: nowrap;
      }

      th {
        background: var(--sw-surface-sunken);
        color: var(--sw-text-muted);
        font-size: var(--sw-text-xs);
        font-weight: 650;
        letter-spacing: 0.04em;
        text-transform: uppercase;
        border-bottom: 1px solid var(--sw-border);
      }

      tbody tr + tr td {
        border-top: 1px solid var(--sw-border);
      }

      tbody tr:hover td {
        background: var(--sw-surface-sunken);
      }

      .end {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  /** The table's accessible name, e.g. "Recent experiments". Visually hidden; show a heading near it. */
  @property() caption = '';

  /** Column definitions. */
  @property({ attribute: false }) columns: Column<never>[] = [];

  /** The rows to show, in order. */
  @property({ attribute: false }) rows: unknown[] = [];

  /** A stable key per row, so updates keep focus and selection. */
  @property({ attribute: false }) rowKey: (row: never, index: number) => unknown = (_row, index) => index;

  override render() {
    const columns = this.columns as Column<unknown>[];
    const key = this.rowKey as (row: unknown, index: number) => unknown;
    return html`<div class="frame" tabindex="0" role="region" aria-label=${this.caption}>
      <table>
        <caption class="visually-hidden">${this.caption}</caption>
        <thead>
          <tr>
            ${columns.map((c) => html`<th scope="col" class=${c.align ?? 'start'}>${c.header}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            this.rows,
            key,
            (row) => html`<tr>
              ${columns.map((c) => html`<td class=${c.align ?? 'start'}>${c.cell(row)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-data-table': SwDataTable;
  }
}
