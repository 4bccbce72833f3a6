import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { sharedStyles } from '../styles/shared.js';
import { tableStyles } from '../styles/table.js';

/** One column: its header and how to render a row's cell. */
export interface Column<T> {
  header: string;
  cell(row: T): unknown;
  /** `end` for numbers, so digits line up. */
  align?: 'start' | 'end';
  /** The field the list sorts by (`sort=name`); makes the header a sort button. */
  sortKey?: string;
  /** Makes the cell a real link to this URL, so middle-click and "open in new tab" work. */
  href?(row: T): string;
  /** Lets long text (names) wrap onto more lines, so a wide table fits without scrolling sideways. */
  wrap?: boolean;
}

/** Detail of `sw-sort`: the new sort, a field with `-` in front for descending. */
export interface SortDetail {
  sort: string;
}

type AriaSort = 'ascending' | 'descending' | 'none';

const arrow = (direction: AriaSort) =>
  html`<svg class="arrow ${direction}" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    ${direction === 'none'
      ? svg`<path d="M3 4.5 6 1.5 9 4.5M3 7.5 6 10.5 9 7.5" />`
      : svg`<path d="M6 10V2M2.5 5.5 6 2l3.5 3.5" />`}
  </svg>`;

/**
 * A readable table for list pages: one page of rows, keyed, with sortable headers and link cells.
 * It scrolls inside its own frame on narrow screens, so the page itself never scrolls sideways.
 * @fires sw-sort - A sortable header was pressed; `detail.sort` is the new sort. The page changes its query.
 */
@customElement('sw-data-table')
export class SwDataTable extends LitElement {
  static override styles = [
    sharedStyles,
    tableStyles,
    css`
      :host {
        display: block;
      }

      th,
      td {
        padding: var(--sw-space-3) var(--sw-space-4);
        vertical-align: middle;
        white-space: nowrap;
      }

      th button {
        display: inline-flex;
        align-items: center;
        gap: var(--sw-space-1);
        margin: calc(-1 * var(--sw-space-1));
        padding: var(--sw-space-1);
        border: 0;
        border-radius: var(--sw-radius-sm);
        background: none;
        color: inherit;
        font: inherit;
        letter-spacing: inherit;
        text-transform: inherit;
        cursor: pointer;
      }

      th button:hover,
      th[aria-sort='ascending'] button,
      th[aria-sort='descending'] button {
        color: var(--sw-text);
      }

      .arrow {
        width: 0.75rem;
        height: 0.75rem;
        fill: none;
        stroke: currentColor;
        stroke-width: 1.5;
        stroke-linecap: round;
        stroke-linejoin: round;
      }

      .arrow.none {
        opacity: 0.45;
      }

      .arrow.descending {
        transform: rotate(180deg);
      }

      tbody tr:hover td {
        background: var(--sw-surface-sunken);
      }

      td a {
        font-weight: 600;
      }

      th.end button {
        flex-direction: row-reverse;
      }

      td.wrap {
        min-width: 8rem;
        white-space: normal;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The table's accessible name, e.g. "Recent experiments". Visually hidden; show a heading near it. */
  @property() caption = '';

  /** Column definitions. */
  @property({ attribute: false }) columns: Column<never>[] = [];

  /** The rows to show, in order: one page, never the whole list. */
  @property({ attribute: false }) rows: unknown[] = [];

  /** Required: a stable key per row (its id), so updates keep focus and DOM. */
  @property({ attribute: false }) rowKey?: (row: never) => string;

  /** The current sort, e.g. `-createdAt`; marks its header with `aria-sort`. */
  @property() sort = '';

  /** Moves focus to the link (or first focusable cell) of the row with this key; false when not shown. */
  focusRow(key: string): boolean {
    const row = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('tbody tr')).find(
      (tr) => tr.dataset.key === key,
    );
    const target = row?.querySelector<HTMLElement>('a[href], button, [tabindex]');
    target?.focus();
    return !!target;
  }

  private _direction(column: Column<unknown>): AriaSort {
    if (this.sort === column.sortKey) return 'ascending';
    if (this.sort === `-${column.sortKey}`) return 'descending';
    return 'none';
  }

  private _sortBy(column: Column<unknown>) {
    const sort = this._direction(column) === 'ascending' ? `-${column.sortKey}` : String(column.sortKey);
    this.dispatchEvent(new CustomEvent<SortDetail>('sw-sort', { detail: { sort }, bubbles: true, composed: true }));
  }

  private _header(column: Column<unknown>) {
    const align = column.align ?? 'start';
    if (!column.sortKey) return html`<th scope="col" class=${align}>${column.header}</th>`;
    const direction = this._direction(column);
    return html`<th scope="col" class=${align} aria-sort=${direction}>
      <button type="button" @click=${() => this._sortBy(column)}>${column.header}${arrow(direction)}</button>
    </th>`;
  }

  private _cell(column: Column<unknown>, row: unknown) {
    const content = column.cell(row);
    return html`<td class="${column.align ?? 'start'}${column.wrap ? ' wrap' : ''}">
      ${column.href ? html`<a href=${column.href(row)}>${content}</a>` : content}
    </td>`;
  }

  override render() {
    if (!this.rowKey) throw new Error('sw-data-table needs a rowKey');
    const columns = this.columns as Column<unknown>[];
    const key = this.rowKey as (row: unknown) => string;
    return html`<div class="frame" tabindex="0" role="region" aria-label=${this.caption || nothing}>
      <table>
        <caption class="visually-hidden">${this.caption}</caption>
        <thead>
          <tr>
            ${columns.map((c) => this._header(c))}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            this.rows,
            key,
            (row) => html`<tr data-key=${key(row)}>${columns.map((c) => this._cell(c, row))}</tr>`,
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
  interface HTMLElementEventMap {
    'sw-sort': CustomEvent<SortDetail>;
  }
}
