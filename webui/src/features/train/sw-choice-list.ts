import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { Page } from '../../api/list.js';
import { formStyles } from '../../styles/form.js';
import { pageStyles, sharedStyles } from '../../styles/shared.js';
import { formatCount } from '../../ui/format.js';
import { renderTask } from '../../ui/render-task.js';

/** One choice: an id, the name shown and a line about it (architecture and size, row count). */
export interface ChoiceItem {
  id: string;
  name: string;
  detail: string;
  /** Carried to the choice (a dataset's layout, for the wizard's pair check). */
  kind?: string | null;
  layout?: string;
}

/** Detail of `sw-choose`. */
export interface ChooseDetail {
  id: string;
  name: string;
  kind?: string | null;
  layout?: string;
}

/**
 * A searchable single choice among thousands: a Search box that asks the server as the user types,
 * then the matches as radio buttons (arrow keys move between them). The choice made stays shown
 * even when a search hides it. With nothing to choose from it says why and links to the fix.
 * @fires sw-choose - The user picked an item; `detail` is its id and name.
 */
@customElement('sw-choice-list')
export class SwChoiceList extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      fieldset {
        display: grid;
        gap: var(--sw-space-2);
        margin: var(--sw-space-4) 0 0;
        padding: 0;
        border: 0;
      }

      legend {
        margin-bottom: var(--sw-space-2);
        font-weight: 650;
      }

      .option {
        display: flex;
        gap: var(--sw-space-3);
        align-items: start;
        padding: var(--sw-space-3);
        border: 1px solid var(--sw-border);
        border-radius: var(--sw-radius-sm);
        background: var(--sw-surface);
        font-weight: 400;
      }

      .option:has(input:checked) {
        border-color: var(--sw-info-text);
        background: var(--sw-info-bg);
      }

      .option input {
        flex: none;
        width: auto;
        min-height: 0;
        margin: 0.2rem 0 0;
      }

      .name {
        font-weight: 600;
      }
    `,
  ];

  /** What is being chosen, e.g. "Base model": the group's name. */
  @property() label = '';

  /** Loads the matches of a search (at most {@link limit}). */
  @property({ attribute: false }) load: ((q: string, limit: number, signal: AbortSignal) => Promise<Page<ChoiceItem>>) | null = null;

  /** The chosen item, or null. */
  @property({ attribute: false }) selected: ChooseDetail | null = null;

  /** An error for the choice (from the server), shown under the list. */
  @property() error = '';

  /** Why the list is empty and what to do, e.g. "Upload an evaluation dataset first". */
  @property() emptyLink = '';

  /** Where {@link emptyLink} goes, e.g. `/datasets`. */
  @property() emptyHref = '';

  @property({ type: Number }) limit = 50;

  @state() private _q = '';
  private _timer?: ReturnType<typeof setTimeout>;

  private _items = new Task(this, {
    task: ([load, q, limit], { signal }) => (load ? load(q, limit, signal) : Promise.resolve({ items: [], total: 0 })),
    args: () => [this.load, this._q, this.limit] as const,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._timer);
  }

  private _onInput(event: Event) {
    const value = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this._timer);
    this._timer = setTimeout(() => (this._q = value), 300);
  }

  private _choose(item: ChoiceItem) {
    this.dispatchEvent(new CustomEvent<ChooseDetail>('sw-choose', { detail: { id: item.id, name: item.name,
      ...(item.kind !== undefined ? { kind: item.kind, layout: item.layout } : {}) }, bubbles: true, composed: true }));
  }

  private _options(page: Page<ChoiceItem>) {
    const chosen = this.selected;
    const hidden = chosen && !page.items.some((i) => i.id === chosen.id);
    return html`<fieldset aria-describedby=${this.error ? 'choice-error' : nothing} aria-invalid=${this.error ? 'true' : 'false'}>
      <legend>${this.label}</legend>
      ${hidden ? html`<p>Chosen: <strong>${chosen.name}</strong> (not among these matches).</p>` : nothing}
      ${page.items.map(
        (item) => html`<label class="option">
          <input type="radio" name="choice" .value=${item.id} .checked=${chosen?.id === item.id} @change=${() => this._choose(item)} />
          <span><span class="name">${item.name}</span><br /><span class="hint">${item.detail}</span></span>
        </label>`,
      )}
      ${page.total > page.items.length
        ? html`<p class="hint">Showing ${page.items.length} of ${formatCount(page.total)}. Search to narrow the list.</p>`
        : nothing}
    </fieldset>`;
  }

  override render() {
    const name = this.label.toLowerCase();
    return html`<div class="field">
        <label for="search">Search ${name}s</label>
        <input id="search" type="search" autocomplete="off" @input=${this._onInput}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && e.preventDefault()} />
      </div>
      <div @sw-retry=${() => void this._items.run()}>
        ${renderTask(this._items, {
          loading: `Loading ${name}s…`,
          isEmpty: (page) => page.items.length === 0,
          empty: () =>
            this._q
              ? `No ${name}s match “${this._q}”.`
              : html`There is no ${name} to choose yet. <a href=${this.emptyHref}>${this.emptyLink}</a>.`,
          complete: (page) => this._options(page),
        })}
      </div>
      ${this.error ? html`<p id="choice-error" class="error">${this.error}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-choice-list': SwChoiceList;
  }
  interface HTMLElementEventMap {
    'sw-choose': CustomEvent<ChooseDetail>;
  }
}
