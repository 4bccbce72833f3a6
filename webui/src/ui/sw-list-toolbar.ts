import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';

/** One filter of a list: a labelled choice such as Type (All / Training / Evaluation). */
export interface ListFilter {
  /** The query key, e.g. `type`. */
  name: string;
  /** The visible label, e.g. "Type". */
  label: string;
  /** The value chosen now; '' for all. */
  value: string;
  options: { value: string; label: string }[];
}

/** Detail of `sw-search`. */
export interface SearchDetail {
  q: string;
}

/** Detail of `sw-filter`. */
export interface FilterDetail {
  name: string;
  value: string;
}

/**
 * The bar above a list: a Search box that waits for a pause in typing, and one or two filters.
 * @fires sw-search - The search text changed (after `delay` ms without typing, or at once on Enter).
 * @fires sw-filter - A filter changed; `detail` names the filter and its new value.
 */
@customElement('sw-list-toolbar')
export class SwListToolbar extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin-bottom: var(--sw-space-4);
      }

      form {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--sw-space-3) var(--sw-space-4);
      }

      .field {
        display: grid;
        gap: var(--sw-space-1);
        font-size: var(--sw-text-sm);
      }

      .field.search {
        flex: 1 1 16rem;
        max-width: 28rem;
      }

      label {
        font-weight: 600;
      }

      input,
      select {
        min-height: 2.5rem;
        padding: 0 var(--sw-space-3);
        border: 1px solid var(--sw-border-strong);
        border-radius: var(--sw-radius-sm);
        background: var(--sw-surface);
        color: var(--sw-text);
        font: inherit;
      }
    `,
  ];

  /** The search text in force (from the URL); the box shows it when it changes, e.g. on Back. */
  @property() search = '';

  /** The search box's placeholder, e.g. "Dataset name". */
  @property() placeholder = '';

  /** The filters to offer, in order. */
  @property({ attribute: false }) filters: ListFilter[] = [];

  /** Milliseconds without typing before `sw-search` fires. */
  @property({ type: Number }) delay = 300;

  private _timer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A search changed from outside (Back) wins over typing not yet sent.
    if (changed.has('search')) clearTimeout(this._timer);
  }

  private _onInput(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._emitSearch(value), this.delay);
  }

  private _onSubmit(event: Event) {
    event.preventDefault();
    clearTimeout(this._timer);
    this._emitSearch(this.renderRoot.querySelector('input')?.value ?? '');
  }

  private _emitSearch(value: string) {
    const q = value.trim();
    if (q === this.search.trim()) return;
    this._emit<SearchDetail>('sw-search', { q });
  }

  private _emit<T>(type: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private _filter(filter: ListFilter) {
    const id = `filter-${filter.name}`;
    const change = (e: Event) =>
      this._emit<FilterDetail>('sw-filter', { name: filter.name, value: (e.target as HTMLSelectElement).value });
    return html`<div class="field">
      <label for=${id}>${filter.label}</label>
      <select id=${id} @change=${change}>
        ${filter.options.map(
          (o) => html`<option value=${o.value} ?selected=${o.value === filter.value}>${o.label}</option>`,
        )}
      </select>
    </div>`;
  }

  override render() {
    return html`<form role="search" @submit=${this._onSubmit}>
      <div class="field search">
        <label for="search">Search</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          placeholder=${this.placeholder}
          .value=${this.search}
          @input=${this._onInput}
        />
      </div>
      ${this.filters.map((f) => this._filter(f))}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-list-toolbar': SwListToolbar;
  }
  interface HTMLElementEventMap {
    'sw-search': CustomEvent<SearchDetail>;
    'sw-filter': CustomEvent<FilterDetail>;
  }
}
