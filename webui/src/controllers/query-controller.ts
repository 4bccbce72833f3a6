import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isCurrentLink, onLocationChange, readQuery, writeQuery, type QueryPatch, type QueryState } from '../app/router.js';

/** The page sizes a list offers; a `limit` outside them reads as the default. */
export const PAGE_SIZES: readonly number[] = [10, 25, 50, 100];

/** What every list keeps in the URL: search, sort (`-` = descending), paging, plus its filters. */
export type ListState = QueryState & { q: string; sort: string; offset: number; limit: number };

export interface QueryOptions<T extends ListState> {
  /** The list's path, e.g. `/datasets`: the controller follows the URL only at or below it. */
  path: string;
  /** Every key with its default; a value equal to its default is left out of the URL. */
  defaults: T;
  /** Allowed values of a key (sort values from {@link sortValues}); anything else reads as the default. */
  allowed?: { [K in keyof T]?: readonly T[K][] };
}

/** `['name']` → `['name', '-name']`: both directions of each sortable field. */
export function sortValues(fields: readonly string[]): string[] {
  return fields.flatMap((field) => [field, `-${field}`]);
}

function sameState(a: QueryState, b: QueryState): boolean {
  return Object.keys(a).every((key) => a[key] === b[key]);
}

/**
 * Keeps a list's filters, search, sort and page in the query string, so Back, reload and a pasted
 * link restore the view. Changing anything but the page starts again at the first page.
 */
export class QueryController<T extends ListState> implements ReactiveController {
  private _value: T;
  private _stop?: () => void;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _options: QueryOptions<T>,
  ) {
    this._value = this._read();
    _host.addController(this);
  }

  /** The current state; a new object only when something changed (safe as a Task argument). */
  get value(): T {
    return this._value;
  }

  /** The current state as a query string (`?type=training&offset=25`), or ''. */
  get search(): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(this._value)) {
      if (value !== this._options.defaults[key]) params.set(key, String(value));
    }
    const text = params.toString();
    return text ? `?${text}` : '';
  }

  /** The list with its current state, e.g. where a drawer goes back to. */
  get listHref(): string {
    return this._options.path + this.search;
  }

  /** An item of the list (`/datasets/abc?type=training`), keeping the list's state for the way back. */
  itemHref(id: string): string {
    return `${this._options.path}/${encodeURIComponent(id)}${this.search}`;
  }

  /**
   * Changes the state and writes it to the URL: a new history entry unless `replace`.
   * A change of filter, search, sort or page size goes back to the first page.
   */
  set(patch: Partial<T>, { replace = false } = {}): void {
    const next: QueryState = { ...this._value, ...patch };
    const keepsPage = Object.keys(patch).every((key) => key === 'offset' || key === 'limit');
    if (!keepsPage) next.offset = 0;
    const url: QueryPatch = {};
    for (const [key, fallback] of Object.entries(this._options.defaults)) {
      url[key] = next[key] === fallback ? null : next[key];
    }
    writeQuery(url, { push: !replace });
  }

  /** After an answer: when the page is past the end (a stale link), go to the last page instead. */
  clampOffset(total: number): void {
    const { offset, limit } = this._value;
    if (total > 0 && offset >= total) {
      this.set({ offset: Math.floor((total - 1) / limit) * limit } as Partial<T>, { replace: true });
    }
  }

  hostConnected(): void {
    this._sync();
    this._stop = onLocationChange(() => this._sync());
  }

  hostDisconnected(): void {
    this._stop?.();
    this._stop = undefined;
  }

  private _sync(): void {
    if (!isCurrentLink(this._options.path, window.location.pathname)) return;
    const next = this._read();
    if (sameState(next, this._value)) return;
    this._value = next;
    this._host.requestUpdate();
  }

  private _read(): T {
    const { defaults, allowed = {} } = this._options;
    const state: QueryState = readQuery(defaults);
    for (const [key, values] of Object.entries(allowed) as [string, readonly unknown[] | undefined][]) {
      if (values && !values.includes(state[key])) state[key] = defaults[key];
    }
    if (!PAGE_SIZES.includes(state.limit as number)) state.limit = defaults.limit;
    const limit = state.limit as number;
    const offset = Math.max(0, Math.floor(state.offset as number));
    state.offset = Math.floor(offset / limit) * limit;
    return state as T;
  }
}
