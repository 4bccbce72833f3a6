import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { listExperiments } from '../../api/experiments.js';
import type { Page } from '../../api/list.js';
import type { ExperimentSummary } from '../../api/types.js';
import { PollController } from '../../controllers/poll-controller.js';
import { QueryController, sortValues } from '../../controllers/query-controller.js';
import { EXPERIMENT_SORT_FIELDS, EXPERIMENT_STATUSES, experimentColumns } from './experiment-view.js';
import { isLive } from '../../ui/status.js';
import { filterOptions } from '../../ui/labels.js';
import { renderTask } from '../../ui/render-task.js';
import { StatusTracker } from './status-announcements.js';
import type { SortDetail } from '../../ui/sw-data-table.js';
import type { FilterDetail, SearchDetail } from '../../ui/sw-list-toolbar.js';
import type { PageDetail } from '../../ui/sw-pagination.js';
import { pageStyles, sharedStyles } from '../../styles/shared.js';
import '../../ui/sw-data-table.js';
import '../../ui/sw-list-toolbar.js';
import '../../ui/sw-pagination.js';
import '../../ui/sw-refresh-status.js';

const DEFAULTS = { q: '', status: '', sort: '-createdAt', offset: 0, limit: 25 };

/**
 * Experiments: every training run with its status and progress. Polls while a queued or running
 * run is on screen, keeping the rows while it refreshes, and announces each status change once.
 */
@customElement('sw-experiments-page')
export class SwExperimentsPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    css`
      .bar {
        display: flex;
        justify-content: flex-end;
      }
    `,
  ];

  /** What the polite live region says: the status changes of the last refresh. */
  @state() private _announcement = '';

  private _tracker = new StatusTracker();
  /** The rows on screen, kept through a failed refresh so polling knows whether to go on. */
  private _shown: ExperimentSummary[] = [];

  private _query = new QueryController(this, {
    path: '/experiments',
    defaults: DEFAULTS,
    allowed: { status: filterOptions(EXPERIMENT_STATUSES).map((o) => o.value), sort: sortValues(EXPERIMENT_SORT_FIELDS) },
  });

  private _list = new Task(this, {
    task: ([query], { signal }) => listExperiments(query, signal),
    args: () => [this._query.value] as const,
    onComplete: (page) => this._received(page),
  });

  // Held for its lifecycle: it re-runs the list while a queued or running experiment is shown.
  protected readonly _poll = new PollController(this, {
    refresh: () => this._list.run(),
    active: () => this._shown.some((e) => isLive(e.status)),
  });

  private _columns = experimentColumns();

  private _received(page: Page<ExperimentSummary>) {
    this._shown = page.items;
    const messages = this._tracker.update(page.items);
    if (messages.length) this._announcement = messages.join(' ');
    this._query.clampOffset(page.total);
  }

  private _renderTable(page: Page<ExperimentSummary>) {
    const { offset, limit, sort } = this._query.value;
    return html`<sw-data-table
        caption="Experiments" hiddenHint="open an experiment for all its details."
        .columns=${this._columns}
        .rows=${page.items}
        .rowKey=${(e: ExperimentSummary) => e.id}
        sort=${sort}
        @sw-sort=${(e: CustomEvent<SortDetail>) => this._query.set({ sort: e.detail.sort })}
      ></sw-data-table>
      <sw-pagination .offset=${offset} .limit=${limit} .total=${page.total}
        @sw-page=${(e: CustomEvent<PageDetail>) => this._query.set(e.detail)}></sw-pagination>`;
  }

  override render() {
    const { q, status } = this._query.value;
    const filtered = q !== '' || status !== '';
    const hasRows = this._list.status !== TaskStatus.INITIAL && this._shown.length > 0;
    return html`<header class="page-header">
        <div>
          <h1 tabindex="-1">Experiments</h1>
          <p class="lead">Follow training runs as they queue, run and finish, and open their details.</p>
        </div>
        <a class="button primary" href="/train">Train a model</a>
      </header>
      <sw-list-toolbar
        .search=${q}
        placeholder="Experiment name"
        .filters=${[{ name: 'status', label: 'Status', value: status, options: filterOptions(EXPERIMENT_STATUSES) }]}
        @sw-search=${(e: CustomEvent<SearchDetail>) => this._query.set({ q: e.detail.q }, { replace: true })}
        @sw-filter=${(e: CustomEvent<FilterDetail>) => this._query.set({ status: e.detail.value })}
      ></sw-list-toolbar>
      <div class="bar">
        <sw-refresh-status ?refreshing=${hasRows && this._list.status === TaskStatus.PENDING}
          ?failed=${hasRows && this._list.status === TaskStatus.ERROR}></sw-refresh-status>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this._announcement}</p>
      <div @sw-retry=${() => void this._list.run()}>
        ${renderTask(this._list, {
          loading: 'Loading experiments…',
          quietRefresh: true,
          isEmpty: (page) => page.items.length === 0,
          empty: () =>
            filtered
              ? 'No experiments match this search and filter.'
              : html`No experiments yet — <a href="/train">train your first model</a>.`,
          complete: (page) => this._renderTable(page),
        })}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-experiments-page': SwExperimentsPage;
  }
}
