import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SwDataTable } from '../ui/sw-data-table.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/**
 * The item a route-driven drawer shows (`/datasets/{id}`): open while the route names one, the
 * last one while the drawer closes (so it never goes blank), and focus back to its row after.
 */
export class DrawerController implements ReactiveController {
  private _lastId: string | null = null;

  constructor(
    private readonly _host: Host,
    /** The id the route names now, or null. */
    private readonly _id: () => string | null,
  ) {
    _host.addController(this);
  }

  /** True while the route names an item. */
  get open(): boolean {
    return this._id() !== null;
  }

  /** The item to show: the open one, or the last one while the drawer closes. */
  get shownId(): string | null {
    return this._id() ?? this._lastId;
  }

  hostUpdate(): void {
    this._lastId = this.shownId;
  }

  /** For `sw-after-close`: focus the row's link, or the page's heading when the row is not on this page. */
  returnFocus = (): void => {
    const table = this._host.renderRoot.querySelector<SwDataTable>('sw-data-table');
    if (this._lastId && table?.focusRow(this._lastId)) return;
    this._host.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  };
}
