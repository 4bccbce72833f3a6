import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { PAGE_SIZES } from '../controllers/query-controller.js';
import { sharedStyles } from '../styles/shared.js';
import { formatCount } from './format.js';

/** Detail of `sw-page`: the first row of the page to show, and the page size. */
export interface PageDetail {
  offset: number;
  limit: number;
}

/**
 * Paging for a list: Previous page / Next page, "Page N of M", and a Rows per page choice (shown
 * when there is more than one size to choose). With a `unit` it pages something else, e.g. a
 * chart's points: Previous points / Next points and "Points 1–100 of 250".
 * @fires sw-page - The user asked for another page or page size; `detail` has the new offset and
 *   limit (a new size keeps the first visible row on screen). The page changes its query.
 */
@customElement('sw-pagination')
export class SwPagination extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }

      nav {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--sw-space-3) var(--sw-space-5);
        padding: var(--sw-space-3) 0;
        font-size: var(--sw-text-sm);
        color: var(--sw-text-muted);
      }

      .size,
      .pages {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sw-space-2);
      }

      select {
        min-height: 2.25rem;
        padding: 0 var(--sw-space-2);
        border: 1px solid var(--sw-border-strong);
        border-radius: var(--sw-radius-sm);
        background: var(--sw-surface);
        color: var(--sw-text);
        font: inherit;
      }

      .status {
        min-width: 7rem;
        text-align: center;
        color: var(--sw-text);
        font-variant-numeric: tabular-nums;
      }

      .button {
        min-height: 2.25rem;
      }
    `,
  ];

  /** Index of the first row shown (the query's `offset`). */
  @property({ type: Number }) offset = 0;

  /** Rows per page (the query's `limit`). */
  @property({ type: Number }) limit = 25;

  /** How many rows the whole list has. */
  @property({ type: Number }) total = 0;

  /** The page sizes offered. */
  @property({ attribute: false }) pageSizes: readonly number[] = PAGE_SIZES;

  /** What is paged when it is not a list's pages, e.g. `points`; names the buttons and the range shown. */
  @property() unit = '';

  /** The navigation's accessible name; a second pager on one screen needs its own. */
  @property() label = 'Pagination';

  @query('#previous') private _previous!: HTMLButtonElement;
  @query('#next') private _next!: HTMLButtonElement;

  /** Zero-based index of the page shown. */
  get page(): number {
    return Math.floor(this.offset / this.limit);
  }

  /** How many pages there are; at least one, so an empty list reads "Page 1 of 1". */
  get pages(): number {
    return Math.max(1, Math.ceil(this.total / this.limit));
  }

  private _go(page: number) {
    this._emit(page * this.limit, this.limit);
  }

  private _resize(event: Event) {
    const limit = Number((event.target as HTMLSelectElement).value);
    this._emit(Math.floor(this.offset / limit) * limit, limit);
  }

  private _emit(offset: number, limit: number) {
    const detail: PageDetail = { offset, limit };
    this.dispatchEvent(new CustomEvent<PageDetail>('sw-page', { detail, bubbles: true, composed: true }));
  }

  protected override updated(): void {
    // A button that just became disabled loses focus; hand it to the other one.
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (focused === this._previous && this._previous.disabled) this._next.focus();
    if (focused === this._next && this._next.disabled) this._previous.focus();
  }

  /** "Page 2 of 5", or with a unit the range shown, "Points 101–200 of 250". */
  private _status(): string {
    if (!this.unit) return `Page ${formatCount(this.page + 1)} of ${formatCount(this.pages)}`;
    const first = this.total === 0 ? 0 : this.offset + 1;
    const last = Math.min(this.total, this.offset + this.limit);
    const unit = this.unit[0].toUpperCase() + this.unit.slice(1);
    return `${unit} ${formatCount(first)}–${formatCount(last)} of ${formatCount(this.total)}`;
  }

  override render() {
    const { page, pages } = this;
    const sizes = this.pageSizes.includes(this.limit) ? this.pageSizes : [...this.pageSizes, this.limit];
    const unit = this.unit || 'page';
    return html`<nav aria-label=${this.label}>
      ${sizes.length > 1
        ? html`<div class="size">
            <label for="size">Rows per page</label>
            <select id="size" @change=${this._resize}>
              ${sizes.map((size) => html`<option value=${size} ?selected=${size === this.limit}>${size}</option>`)}
            </select>
          </div>`
        : nothing}
      <div class="pages">
        <button id="previous" class="button" type="button" ?disabled=${page <= 0} @click=${() => this._go(page - 1)}>
          Previous ${unit}
        </button>
        <span class="status" aria-live="polite">${this._status()}</span>
        <button id="next" class="button" type="button" ?disabled=${page + 1 >= pages} @click=${() => this._go(page + 1)}>
          Next ${unit}
        </button>
      </div>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-pagination': SwPagination;
  }
  interface HTMLElementEventMap {
    'sw-page': CustomEvent<PageDetail>;
  }
}
