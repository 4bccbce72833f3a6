import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import { getDataset, listDatasets } from '../../api/datasets.js';
import type { Page } from '../../api/list.js';
import type { Dataset } from '../../api/types.js';
import { DrawerController } from '../../controllers/drawer-controller.js';
import { QueryController, sortValues } from '../../controllers/query-controller.js';
import { datasetColumns, DATASET_SORT_FIELDS } from './dataset-view.js';
import { DATASET_TYPES, filterOptions } from '../../ui/labels.js';
import { renderTask } from '../../ui/render-task.js';
import type { SortDetail } from '../../ui/sw-data-table.js';
import type { FilterDetail, SearchDetail } from '../../ui/sw-list-toolbar.js';
import type { PageDetail } from '../../ui/sw-pagination.js';
import { navigate } from '../../app/router.js';
import { pageStyles, sharedStyles } from '../../styles/shared.js';
import '../../ui/sw-data-table.js';
import '../../ui/sw-list-toolbar.js';
import '../../ui/sw-pagination.js';
import './sw-upload-form.js';

const loadDrawerParts = () =>
  Promise.all([import('../../ui/sw-drawer.js'), import('./sw-dataset-preview.js'), import('./sw-dataset-summary.js')]).catch((error: unknown) =>
    console.error('The dataset details could not be loaded.', error));

const DEFAULTS = { q: '', type: '', sort: '-createdAt', offset: 0, limit: 25 };

/** Datasets: upload, browse and download datasets; `/datasets/{id}` previews one in a drawer. */
@customElement('sw-datasets-page')
export class SwDatasetsPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    css`
      /* The page is as wide as the screen; a form this wide would be hard to read. */
      sw-upload-form {
        max-width: 64rem;
        margin-bottom: var(--sw-space-6);
        padding: var(--sw-space-5);
        border: 1px solid var(--sw-border);
        border-radius: var(--sw-radius);
        background: var(--sw-surface);
      }

      h2 {
        margin-bottom: var(--sw-space-3);
      }

      sw-dataset-preview {
        margin-top: var(--sw-space-5);
      }
    `,
  ];

  /** The dataset open in the drawer (from `/datasets/{id}`), or null for the list alone. */
  @property({ attribute: false }) itemId: string | null = null;

  private _query = new QueryController(this, {
    path: '/datasets',
    defaults: DEFAULTS,
    allowed: { type: filterOptions(DATASET_TYPES).map((o) => o.value), sort: sortValues(DATASET_SORT_FIELDS) },
  });

  private _list = new Task(this, {
    task: ([query], { signal }) => listDatasets(query, signal),
    args: () => [this._query.value] as const,
    onComplete: (page) => this._query.clampOffset(page.total),
  });

  private _drawer = new DrawerController(this, () => this.itemId);

  private _item = new Task(this, {
    task: ([id], { signal }) => (id ? getDataset(id, signal) : initialState),
    args: () => [this.itemId] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The drawer and its parts load when a dataset is first opened, not with the list.
    if (changed.has('itemId') && this.itemId !== null) void loadDrawerParts();
  }

  private _columns = datasetColumns((id) => this._query.itemHref(id));

  private _title(): string {
    const id = this._drawer.shownId;
    const named = (d?: Dataset) => (d && d.id === id ? d.name : undefined);
    return named(this._item.value) ?? named(this._list.value?.items.find((d) => d.id === id)) ?? 'Dataset';
  }

  private _renderTable(page: Page<Dataset>) {
    const { offset, limit, sort } = this._query.value;
    return html`<sw-data-table caption="Datasets" hiddenHint="open a dataset for all its details." .columns=${this._columns} .rows=${page.items}
        .rowKey=${(d: Dataset) => d.id} sort=${sort}
        @sw-sort=${(e: CustomEvent<SortDetail>) => this._query.set({ sort: e.detail.sort })}></sw-data-table>
      <sw-pagination .offset=${offset} .limit=${limit} .total=${page.total}
        @sw-page=${(e: CustomEvent<PageDetail>) => this._query.set(e.detail)}></sw-pagination>`;
  }

  private _renderDrawerBody(id: string) {
    return html`${renderTask(this._item, {
        key: id,
        loading: 'Loading dataset…',
        complete: (d) => html`<sw-dataset-summary .item=${d}></sw-dataset-summary>`,
      })}
      <sw-dataset-preview .datasetId=${id}></sw-dataset-preview>`;
  }

  override render() {
    const { q, type } = this._query.value;
    const filtered = q !== '' || type !== '';
    const shownId = this._drawer.shownId;
    return html`<header class="page-header">
        <div>
          <h1 tabindex="-1">Datasets</h1>
          <p class="lead">Training and evaluation datasets for your fine-tuning runs.</p>
        </div>
      </header>
      <sw-upload-form @sw-uploaded=${() => void this._list.run()}></sw-upload-form>
      <h2>All datasets</h2>
      <sw-list-toolbar .search=${q} placeholder="Dataset name"
        .filters=${[{ name: 'type', label: 'Type', value: type, options: filterOptions(DATASET_TYPES) }]}
        @sw-search=${(e: CustomEvent<SearchDetail>) => this._query.set({ q: e.detail.q }, { replace: true })}
        @sw-filter=${(e: CustomEvent<FilterDetail>) => this._query.set({ type: e.detail.value })}></sw-list-toolbar>
      <div @sw-retry=${() => void this._list.run()}>
        ${renderTask(this._list, {
          loading: 'Loading datasets…',
          isEmpty: (page) => page.items.length === 0,
          empty: () => (filtered ? 'No datasets match this search and filter.' : 'No datasets yet — upload your first one.'),
          complete: (page) => this._renderTable(page),
        })}
      </div>
      <!-- Properties, not attributes: set before sw-drawer is defined (it loads lazily), Lit keeps them. -->
      <sw-drawer .open=${this._drawer.open} .label=${this._title()} @sw-close=${() => navigate(this._query.listHref)}
        @sw-after-close=${this._drawer.returnFocus} @sw-retry=${() => void this._item.run()}>
        ${shownId === null ? nothing : this._renderDrawerBody(shownId)}
      </sw-drawer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-datasets-page': SwDatasetsPage;
  }
}
