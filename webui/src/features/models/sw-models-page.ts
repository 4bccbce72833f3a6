import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import type { Page } from '../../api/list.js';
import { getModel, listModels } from '../../api/models.js';
import type { Model } from '../../api/types.js';
import { DrawerController } from '../../controllers/drawer-controller.js';
import { QueryController, sortValues } from '../../controllers/query-controller.js';
import { filterOptions, MODEL_TYPES } from '../../ui/labels.js';
import { modelColumns, MODEL_SORT_FIELDS } from './model-view.js';
import { renderTask } from '../../ui/render-task.js';
import type { SortDetail } from '../../ui/sw-data-table.js';
import type { FilterDetail, SearchDetail } from '../../ui/sw-list-toolbar.js';
import type { PageDetail } from '../../ui/sw-pagination.js';
import { navigate } from '../../app/router.js';
import { pageStyles, sharedStyles } from '../../styles/shared.js';
import '../../ui/sw-data-table.js';
import '../../ui/sw-list-toolbar.js';
import '../../ui/sw-pagination.js';

const loadDrawerParts = () =>
  Promise.all([import('../../ui/sw-drawer.js'), import('./sw-model-details.js')]).catch((error: unknown) =>
    console.error('The model details could not be loaded.', error));

const DEFAULTS = { q: '', type: '', sort: '-createdAt', offset: 0, limit: 25 };

/** Models: base and fine-tuned models; `/models/{id}` opens one in a drawer with its lineage. */
@customElement('sw-models-page')
export class SwModelsPage extends LitElement {
  static override styles = [sharedStyles, pageStyles];

  /** The model open in the drawer (from `/models/{id}`), or null for the list alone. */
  @property({ attribute: false }) itemId: string | null = null;

  private _query = new QueryController(this, {
    path: '/models',
    defaults: DEFAULTS,
    allowed: { type: filterOptions(MODEL_TYPES).map((o) => o.value), sort: sortValues(MODEL_SORT_FIELDS) },
  });

  private _list = new Task(this, {
    task: ([query], { signal }) => listModels(query, signal),
    args: () => [this._query.value] as const,
    onComplete: (page) => this._query.clampOffset(page.total),
  });

  private _drawer = new DrawerController(this, () => this.itemId);

  private _item = new Task(this, {
    task: ([id], { signal }) => (id ? getModel(id, signal) : initialState),
    args: () => [this.itemId] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The drawer and its parts load when a model is first opened, not with the list.
    if (changed.has('itemId') && this.itemId !== null) void loadDrawerParts();
  }

  private _columns = modelColumns((id) => this._query.itemHref(id));

  private _title(): string {
    const id = this._drawer.shownId;
    const named = (m?: Model) => (m && m.id === id ? m.name : undefined);
    return named(this._item.value?.model) ?? named(this._list.value?.items.find((m) => m.id === id)) ?? 'Model';
  }

  private _renderTable(page: Page<Model>) {
    const { offset, limit, sort } = this._query.value;
    return html`<sw-data-table
        caption="Models" hiddenHint="open a model for all its details."
        .columns=${this._columns}
        .rows=${page.items}
        .rowKey=${(m: Model) => m.id}
        sort=${sort}
        @sw-sort=${(e: CustomEvent<SortDetail>) => this._query.set({ sort: e.detail.sort })}
      ></sw-data-table>
      <sw-pagination
        .offset=${offset}
        .limit=${limit}
        .total=${page.total}
        @sw-page=${(e: CustomEvent<PageDetail>) => this._query.set(e.detail)}
      ></sw-pagination>`;
  }

  override render() {
    const { q, type } = this._query.value;
    const filtered = q !== '' || type !== '';
    return html`<header class="page-header">
        <div>
          <h1 tabindex="-1">Models</h1>
          <p class="lead">Base models to start from, and the models your training runs produced.</p>
        </div>
      </header>
      <sw-list-toolbar
        .search=${q}
        placeholder="Model name"
        .filters=${[{ name: 'type', label: 'Model type', value: type, options: filterOptions(MODEL_TYPES) }]}
        @sw-search=${(e: CustomEvent<SearchDetail>) => this._query.set({ q: e.detail.q }, { replace: true })}
        @sw-filter=${(e: CustomEvent<FilterDetail>) => this._query.set({ type: e.detail.value })}
      ></sw-list-toolbar>
      <div @sw-retry=${() => void this._list.run()}>
        ${renderTask(this._list, {
          loading: 'Loading models…',
          isEmpty: (page) => page.items.length === 0,
          empty: () => (filtered ? 'No models match this search and filter.' : 'No models yet.'),
          complete: (page) => this._renderTable(page),
        })}
      </div>
      <!-- Properties, not attributes: set before sw-drawer is defined (it loads lazily), Lit keeps them. -->
      <sw-drawer
        .open=${this._drawer.open}
        .label=${this._title()}
        @sw-close=${() => navigate(this._query.listHref)}
        @sw-after-close=${this._drawer.returnFocus}
        @sw-retry=${() => void this._item.run()}
      >
        ${this._drawer.shownId === null
          ? nothing
          : renderTask(this._item, {
              key: this._drawer.shownId,
              loading: 'Loading model…',
              complete: (detail) =>
                html`<sw-model-details .detail=${detail} .modelHref=${(id: string) => this._query.itemHref(id)}></sw-model-details>`,
            })}
      </sw-drawer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-models-page': SwModelsPage;
  }
}
