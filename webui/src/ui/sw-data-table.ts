import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { sharedStyles } from '../styles/shared.js';
import { tableStyles } from '../styles/table.js';
import { CARD_WIDTH, MIN_NAME_WIDTH, fitColumns, hiddenColumnsNote, type Fit } from './column-fit.js';
import { dataTableStyles } from './sw-data-table.styles.js';

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
  /** Lets long text wrap onto more lines, so a wide table fits without scrolling sideways. */
  wrap?: boolean;
  /** Cuts a long name (a string cell) with an ellipsis; the full name is its tooltip and shows on focus. */
  truncate?: boolean;
  /** How much the column matters when the table is narrow: 1 stays, higher goes first (unset: 2). The first column always stays. */
  priority?: number;
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
 * It uses the width it has and never scrolls sideways: when the columns do not fit, the least
 * important ones go (by `priority`, see `column-fit.ts`) and a note under the table names them;
 * below {@link CARD_WIDTH} each row becomes a card holding every column, with the sort as a select.
 * @fires sw-sort - A sortable header was pressed; `detail.sort` is the new sort. The page changes its query.
 */
@customElement('sw-data-table')
export class SwDataTable extends LitElement {
  static override styles = [sharedStyles, tableStyles, dataTableStyles];

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

  /** Where the columns not shown at this width still are, ending the note that names them. */
  @property() hiddenHint = 'open a row for all its details.';

  /** The table's own width, read before each render; 0 while unknown (then every column shows). */
  @state() private _width = 0;
  /** How many columns went because the table did not fit. */
  @state() private _dropped = 0;
  /** Set when the table is too wide even with every optional column gone: show cards instead. */
  @state() private _tooWide = false;

  private _resize?: ResizeObserver;
  private _frame = 0;
  private _observedTable: Element | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'undefined') return;
    // The host's box gives the width to fit; the table's box grows when cells finish rendering
    // (badges, progress bars are elements of their own), which the check after our render misses.
    // On the next frame: changing the layout inside the observer's own callback would loop.
    this._resize = new ResizeObserver(() => {
      cancelAnimationFrame(this._frame);
      this._frame = requestAnimationFrame(() => {
        this._measure();
        this._checkOverflow();
      });
    });
    this._resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
    this._observedTable = null;
    cancelAnimationFrame(this._frame);
  }

  /** Moves focus to the link (or first focusable cell) of the row with this key; false when not shown. */
  focusRow(key: string): boolean {
    const row = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[data-key]')).find(
      (item) => item.dataset.key === key,
    );
    const target = row?.querySelector<HTMLElement>('a[href], button, input, [tabindex]');
    target?.focus();
    return !!target;
  }

  /** Reads the table's width; a new width starts the fit again from every column. */
  private _measure() {
    const width = Math.round(this.getBoundingClientRect().width);
    if (width === this._width) return;
    this._width = width;
    this._dropped = 0;
    this._tooWide = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this._width === 0 && this.isConnected) this._measure();
    // New rows keep what went (a refresh must not make columns blink); new columns start again.
    if (changed.has('columns')) {
      this._dropped = 0;
      this._tooWide = false;
    }
  }

  protected override updated(): void {
    const table = this.renderRoot.querySelector('table');
    if (this._resize && table !== this._observedTable) {
      if (this._observedTable) this._resize.unobserve(this._observedTable);
      if (table) this._resize.observe(table);
      this._observedTable = table;
    }
    this._checkOverflow();
  }

  /**
   * Wider than its box, or its cut names squeezed below {@link MIN_NAME_WIDTH}: one more column
   * goes, or, when none may, the rows become cards.
   */
  private _checkOverflow() {
    if (this._width === 0 || this._cards) return;
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (!frame) return;
    const overflows = frame.scrollWidth > frame.clientWidth + 1;
    const grow = this.renderRoot.querySelector('th.grow');
    const squeezed = grow !== null && grow.getBoundingClientRect().width < MIN_NAME_WIDTH;
    if (!overflows && !squeezed) return;
    if (this._fit().exhausted) this._tooWide = true;
    else this._dropped += 1;
  }

  private get _cards(): boolean {
    return (this._width > 0 && this._width < CARD_WIDTH) || this._tooWide;
  }

  private _fit(): Fit {
    return fitColumns(this.columns as Column<unknown>[], this._dropped);
  }

  private _direction(column: Column<unknown>): AriaSort {
    if (this.sort === column.sortKey) return 'ascending';
    if (this.sort === `-${column.sortKey}`) return 'descending';
    return 'none';
  }

  private _emitSort(sort: string) {
    this.dispatchEvent(new CustomEvent<SortDetail>('sw-sort', { detail: { sort }, bubbles: true, composed: true }));
  }

  private _sortBy(column: Column<unknown>) {
    this._emitSort(this._direction(column) === 'ascending' ? `-${column.sortKey}` : String(column.sortKey));
  }

  /** The cell classes: alignment, wrapping, and for cut names whether this is the column that takes the room left. */
  private _classes(column: Column<unknown>, grow: Column<unknown> | undefined): string {
    const classes = [column.align ?? 'start', column.wrap ? 'wrap' : '', column.truncate ? 'truncate' : '', column === grow ? 'grow' : ''];
    return classes.filter(Boolean).join(' ');
  }

  private _header(column: Column<unknown>, grow: Column<unknown> | undefined) {
    const align = this._classes(column, grow);
    if (!column.sortKey) return html`<th scope="col" class=${align}>${column.header}</th>`;
    const direction = this._direction(column);
    return html`<th scope="col" class=${align} aria-sort=${direction}>
      <button type="button" @click=${() => this._sortBy(column)}>${column.header}${arrow(direction)}</button>
    </th>`;
  }

  /** A cell's content: a link when the column has `href`, clipped with its full text as tooltip when it truncates. */
  private _content(column: Column<unknown>, row: unknown, clip: boolean) {
    const content = column.cell(row);
    const title = clip && typeof content === 'string' ? content : nothing;
    if (column.href) return html`<a class=${clip ? 'clip' : nothing} href=${column.href(row)} title=${title}>${content}</a>`;
    return clip ? html`<span class="clip" title=${title}>${content}</span>` : content;
  }

  private _cell(column: Column<unknown>, row: unknown, grow: Column<unknown> | undefined) {
    return html`<td class=${this._classes(column, grow)}>${this._content(column, row, !!column.truncate)}</td>`;
  }

  private _renderTable(columns: Column<unknown>[], key: (row: unknown) => string) {
    const fit = this._width === 0 ? fitColumns(columns, 0) : this._fit();
    const shown = fit.shown.map((index) => columns[index]);
    const note = hiddenColumnsNote(fit.hidden, this.hiddenHint);
    // The first column of cut names takes the room the others leave (see .grow in the styles).
    const grow = shown.find((c) => c.truncate);
    return html`<div class="frame" tabindex="0" role="region" aria-label=${this.caption || nothing}>
        <table>
          <caption class="visually-hidden">${this.caption}</caption>
          <thead>
            <tr>
              ${shown.map((c) => this._header(c, grow))}
            </tr>
          </thead>
          <tbody>
            ${repeat(this.rows, key, (row) => html`<tr data-key=${key(row)}>${shown.map((c) => this._cell(c, row, grow))}</tr>`)}
          </tbody>
        </table>
      </div>
      ${note ? html`<p class="hidden-note">${note}</p>` : nothing}`;
  }

  /** The sort as a select, since cards have no headers to press. */
  private _renderCardSort(columns: Column<unknown>[]) {
    const sortable = columns.filter((c) => c.sortKey);
    if (sortable.length === 0) return nothing;
    const options = sortable.flatMap((c) => [
      { value: String(c.sortKey), label: `${c.header}, ascending` },
      { value: `-${c.sortKey}`, label: `${c.header}, descending` },
    ]);
    return html`<div class="cards-sort">
      <label for="sort">Sort by</label>
      <select id="sort" @change=${(e: Event) => this._emitSort((e.target as HTMLSelectElement).value)}>
        ${options.some((o) => o.value === this.sort) ? nothing : html`<option value="" selected>Default order</option>`}
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === this.sort}>${o.label}</option>`)}
      </select>
    </div>`;
  }

  private _renderCards(columns: Column<unknown>[], key: (row: unknown) => string) {
    const [first, ...rest] = columns;
    return html`${this._renderCardSort(columns)}
      <ul class="cards" role="list" aria-label=${this.caption || nothing}>
        ${repeat(
          this.rows,
          key,
          (row) => html`<li class="card" data-key=${key(row)}>
            ${first ? html`<div class="card-title">${this._content(first, row, false)}</div>` : nothing}
            <dl>
              ${rest.map((c) => html`<div><dt>${c.header}</dt><dd>${this._content(c, row, false)}</dd></div>`)}
            </dl>
          </li>`,
        )}
      </ul>`;
  }

  override render() {
    if (!this.rowKey) throw new Error('sw-data-table needs a rowKey');
    const columns = this.columns as Column<unknown>[];
    const key = this.rowKey as (row: unknown) => string;
    return this._cards ? this._renderCards(columns, key) : this._renderTable(columns, key);
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
