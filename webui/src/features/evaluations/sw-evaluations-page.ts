import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { exportCsvHref, getEvaluationFacets, listEvaluations, type EvaluationRow, type FacetOption } from '../../api/evaluations.js';
import type { Page } from '../../api/list.js';
import { PollController } from '../../controllers/poll-controller.js';
import { QueryController, sortValues } from '../../controllers/query-controller.js';
import { EVALUATION_SORT_FIELDS, MAX_SELECTED, evaluationColumns, nameOrId, parseIds, toggleId } from './evaluation-view.js';
import { renderTask } from '../../ui/render-task.js';
import type { ComboDetail, ComboOption } from '../../ui/sw-combobox.js';
import type { SortDetail } from '../../ui/sw-data-table.js';
import type { PageDetail } from '../../ui/sw-pagination.js';
import { compareHref, evaluationHref, writeQuery } from '../../app/router.js';
import { OPTIONAL_COLUMNS, readColumns, toggleColumn, writeColumns, type OptionalColumn } from './column-choice.js';
import type { SearchDetail } from '../../ui/sw-list-toolbar.js';
import { pageStyles, sharedStyles } from '../../styles/shared.js';
import '../../ui/sw-combobox.js';
import '../../ui/sw-data-table.js';
import '../../ui/sw-list-toolbar.js';
import '../../ui/sw-pagination.js';
import '../../ui/sw-simulated.js';

const DEFAULTS = { q: '', experimentId: '', modelId: '', datasetId: '', ids: '', sort: '-createdAt', offset: 0, limit: 25 };

type FilterKey = 'experimentId' | 'modelId' | 'datasetId';

const FILTERS: { key: FilterKey; facet: 'experiments' | 'models' | 'datasets'; label: string; all: string }[] = [
  { key: 'experimentId', facet: 'experiments', label: 'Experiment', all: 'All experiments' },
  { key: 'modelId', facet: 'models', label: 'Model', all: 'All models' },
  { key: 'datasetId', facet: 'datasets', label: 'Evaluation dataset', all: 'All evaluation datasets' },
];

const toCombo = (options: FacetOption[]): ComboOption[] => options.map((o) => ({ value: o.id, label: nameOrId(o.name, o.id) }));

/**
 * Evaluations: search by experiment, model or dataset name, filter by each (each narrowing the
 * others), sort by any metric, choose optional columns (remembered in this browser), select up to
 * eight runs to open one (`/evaluations/{id}`) or compare them (`/evaluations/compare`), and export
 * the selection as CSV. Search, filters, sort, page and selection live in the URL.
 */
@customElement('sw-evaluations-page')
export class SwEvaluationsPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    css`
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: var(--sw-space-3) var(--sw-space-4);
        margin-bottom: var(--sw-space-4);
      }

      .hint {
        margin: calc(-1 * var(--sw-space-2)) 0 var(--sw-space-4);
        color: var(--sw-text-muted);
        font-size: var(--sw-text-sm);
      }

      .selection {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sw-space-3);
        margin: var(--sw-space-5) 0 var(--sw-space-4);
      }

      .selection p {
        margin-inline-end: auto;
        font-weight: 600;
      }

      .columns {
        margin: 0 0 var(--sw-space-4);
        padding: var(--sw-space-2) var(--sw-space-3);
        border: 1px solid var(--sw-border);
        border-radius: var(--sw-radius-sm);
      }

      .columns legend {
        padding: 0 var(--sw-space-1);
        font-weight: 600;
        font-size: var(--sw-text-sm);
      }

      .columns label {
        display: inline-flex;
        align-items: center;
        gap: var(--sw-space-1);
        margin-inline-end: var(--sw-space-4);
        font-size: var(--sw-text-sm);
      }
    `,
  ];

  private _query = new QueryController(this, {
    path: '/evaluations',
    defaults: DEFAULTS,
    allowed: { sort: sortValues(EVALUATION_SORT_FIELDS) },
  });

  private _facets = new Task(this, {
    task: ([experimentId, modelId, datasetId], { signal }) => getEvaluationFacets({ experimentId, modelId, datasetId }, signal),
    args: () => [this._query.value.experimentId, this._query.value.modelId, this._query.value.datasetId] as const,
  });

  /** The optional columns shown, as this browser last chose them. */
  @state() private _columns: OptionalColumn[] = readColumns();

  private _list = new Task(this, {
    task: ([{ q, experimentId, modelId, datasetId, sort, offset, limit }], { signal }) =>
      listEvaluations({ q, experimentId, modelId, datasetId, sort, offset, limit }, signal),
    args: () => [this._query.value] as const,
    onComplete: (page) => this._query.clampOffset(page.total),
  });

  // Held for its lifecycle: new evaluations appear when runs complete; an unchanged list is a cheap 304.
  protected readonly _poll = new PollController(this, {
    refresh: () => this._list.run(),
    active: () => this._list.status === TaskStatus.COMPLETE,
  });

  private get _ids(): string[] {
    return parseIds(this._query.value.ids);
  }

  private _select(ids: string[]) {
    writeQuery({ ids: ids.join(',') }, { push: true });
  }

  /** Clears the selection; focus goes to the hint that takes the bar's place, not lost to the page. */
  private async _clear() {
    this._select([]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.selection-hint')?.focus();
  }

  private _filter(key: FilterKey, value: string) {
    this._query.set({ [key]: value });
  }

  private _chooseColumn(key: OptionalColumn, on: boolean) {
    this._columns = toggleColumn(this._columns, key, on);
    writeColumns(this._columns);
  }

  private _renderColumnChoice() {
    return html`<fieldset class="columns">
      <legend>Optional columns</legend>
      ${OPTIONAL_COLUMNS.map((c) => html`<label><input type="checkbox" .checked=${this._columns.includes(c.key)}
          @change=${(e: Event) => this._chooseColumn(c.key, (e.target as HTMLInputElement).checked)} />${c.label}</label>`)}
    </fieldset>`;
  }

  private _renderFilters() {
    const facets = this._facets.value;
    const hint = facets && !facets.complete;
    return html`<sw-list-toolbar search=${this._query.value.q} placeholder="Experiment, model or dataset name"
        @sw-search=${(e: CustomEvent<SearchDetail>) => this._query.set({ q: e.detail.q })}></sw-list-toolbar>
      <form class="filters" role="search" aria-label="Filter evaluations" @submit=${(e: Event) => e.preventDefault()}>
        ${FILTERS.map(
          (f) => html`<sw-combobox label=${f.label} allLabel=${f.all} .value=${this._query.value[f.key]}
            .options=${facets ? toCombo(facets[f.facet]) : []}
            @sw-change=${(e: CustomEvent<ComboDetail>) => this._filter(f.key, e.detail.value)}></sw-combobox>`,
        )}
      </form>
      ${hint ? html`<p class="hint">The filter choices come from the latest 5,000 evaluations.</p>` : nothing}
      ${this._facets.status === TaskStatus.ERROR ? html`<p class="hint" role="alert">The filter choices could not be loaded.
        <button class="button" type="button" @click=${() => void this._facets.run()}>Retry</button></p>` : nothing}`;
  }

  private _renderTable(page: Page<EvaluationRow>) {
    const { offset, limit, sort } = this._query.value;
    const ids = this._ids;
    const columns = evaluationColumns({ ids, toggle: (id, on) => this._select(toggleId(ids, id, on)) }, this._columns);
    return html`<sw-data-table caption="Evaluations" hiddenHint="open an evaluation for all its details." .columns=${columns} .rows=${page.items} .rowKey=${(r: EvaluationRow) => r.id}
        sort=${sort} @sw-sort=${(e: CustomEvent<SortDetail>) => this._query.set({ sort: e.detail.sort })}></sw-data-table>
      <sw-pagination .offset=${offset} .limit=${limit} .total=${page.total}
        @sw-page=${(e: CustomEvent<PageDetail>) => this._query.set(e.detail)}></sw-pagination>`;
  }

  private _renderSelection() {
    const ids = this._ids;
    if (ids.length === 0) {
      return html`<p class="hint selection-hint" tabindex="-1">Select an evaluation to open it, or two to ${MAX_SELECTED} to compare them.</p>`;
    }
    return html`<div class="selection">
        <p role="status">${ids.length} selected${ids.length >= MAX_SELECTED ? ` (at most ${MAX_SELECTED})` : ''}</p>
        ${ids.length === 1
          ? html`<a class="button primary" href=${evaluationHref(ids[0])}>Open evaluation</a>`
          : html`<a class="button primary" href=${compareHref(ids)}>Compare ${ids.length} runs</a>`}
        <a class="button" href=${exportCsvHref(ids)} download>Export CSV</a>
        <button class="button" type="button" @click=${() => void this._clear()}>Clear selection</button>
      </div>`;
  }

  override render() {
    const { q, experimentId, modelId, datasetId } = this._query.value;
    const filtered = q !== '' || experimentId !== '' || modelId !== '' || datasetId !== '';
    return html`<header class="page-header">
        <div>
          <h1 tabindex="-1">Evaluations</h1>
          <p class="lead">Find the best run: sort by accuracy, F1, perplexity or evaluation loss, open one, or compare several side by side.</p>
          <sw-simulated block></sw-simulated>
        </div>
      </header>
      ${this._renderFilters()}
      ${this._renderSelection()}
      ${this._renderColumnChoice()}
      <div @sw-retry=${() => void this._list.run()}>
        ${renderTask(this._list, {
          loading: 'Loading evaluations…',
          isEmpty: (page) => page.items.length === 0,
          empty: () =>
            filtered
              ? 'No evaluations match this search and these filters.'
              : html`No evaluations yet — they appear when a training run completes. <a href="/train">Train a model</a>.`,
          complete: (page) => this._renderTable(page),
        })}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-evaluations-page': SwEvaluationsPage;
  }
}
