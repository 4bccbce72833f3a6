import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { getDashboard, type Dashboard, type DashboardTotal } from '../../api/dashboard.js';
import type { Experiment } from '../../api/types.js';
import { PollController } from '../../controllers/poll-controller.js';
import { dateCell } from '../../ui/cells.js';
import { experimentHref } from '../../app/router.js';
import { formatCount, formatPercent } from '../../ui/format.js';
import { trainIcon } from '../../ui/icons.js';
import { renderTask } from '../../ui/render-task.js';
import { isLive } from '../../ui/status.js';
import type { Column } from '../../ui/sw-data-table.js';
import { pageStyles, sharedStyles } from '../../styles/shared.js';
import '../../ui/sw-data-table.js';
import '../../ui/sw-empty.js';
import '../../ui/sw-error.js';
import '../../ui/sw-refresh-status.js';
import './sw-stat-card.js';
import '../../ui/sw-status-badge.js';

const COLUMNS: Column<Experiment>[] = [
  { header: 'Name', cell: (e) => e.name || e.id, href: (e) => experimentHref(e.id), truncate: true },
  { header: 'Status', cell: (e) => html`<sw-status-badge status=${e.status}></sw-status-badge>`, priority: 1 },
  {
    header: 'Progress',
    align: 'end',
    priority: 3,
    cell: (e) => (e.status === 'running' ? formatPercent(e.progress) : null) ?? '—',
  },
  { header: 'Created', cell: (e) => dateCell(e.createdAt), priority: 2 },
];

/** "2 running" under the experiments total, or why that count is missing. */
export function runningNote(running: DashboardTotal): string {
  if (running.total !== null) return `${formatCount(running.total)} running`;
  return running.error ? 'Running count not available' : '';
}

/**
 * Home: totals, the five most recent experiments, and the way to start a training run. Polls while
 * an experiment runs or waits to, keeping the cards and rows on screen while it refreshes.
 */
@customElement('sw-home-page')
export class SwHomePage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    css`
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
        gap: var(--sw-space-4);
        margin-bottom: var(--sw-space-6);
      }

      .bar {
        display: flex;
        justify-content: flex-end;
      }

      .recent h2 {
        margin-bottom: var(--sw-space-3);
      }

      .cta {
        min-height: 2.75rem;
        padding: 0 var(--sw-space-5);
        font-size: var(--sw-text-md);
      }
    `,
  ];

  /** The last dashboard shown, kept through a failed refresh so polling knows whether to go on. */
  private _shown: Dashboard | null = null;

  private _dashboard = new Task(this, {
    task: (_args: readonly [], { signal }) => getDashboard(signal),
    args: () => [] as const,
    onComplete: (dashboard) => {
      this._shown = dashboard;
    },
  });

  // Held for its lifecycle: it re-runs the dashboard while an experiment is queued or running.
  protected readonly _poll = new PollController(this, {
    refresh: () => this._dashboard.run(),
    active: () =>
      (this._shown?.runningExperiments.total ?? 0) > 0 ||
      (this._shown?.recentExperiments.items.some((e) => isLive(e.status)) ?? false),
  });

  private _retry = () => void this._dashboard.run();

  private _recent(dashboard: Dashboard) {
    const { items, error } = dashboard.recentExperiments;
    if (error) return html`<sw-error .error=${error}></sw-error>`;
    if (items.length === 0) {
      return html`<sw-empty>No experiments yet. <a href="/train">Train your first model.</a></sw-empty>`;
    }
    return html`<sw-data-table
      caption="Recent experiments" hiddenHint="open an experiment for all its details."
      .columns=${COLUMNS}
      .rows=${items}
      .rowKey=${(e: Experiment) => e.id}
    ></sw-data-table>`;
  }

  private _body(dashboard: Dashboard) {
    const card = (label: string, part: DashboardTotal, note = '') =>
      html`<sw-stat-card label=${label} .value=${part.total} .error=${part.error} note=${note}></sw-stat-card>`;
    return html`<div class="cards">
        ${card('Total datasets', dashboard.datasets)} ${card('Total models', dashboard.models)}
        ${card('Total experiments', dashboard.experiments, runningNote(dashboard.runningExperiments))}
      </div>
      <section class="recent">
        <h2>Recent experiments</h2>
        ${this._recent(dashboard)}
      </section>`;
  }

  override render() {
    const shown = this._shown !== null;
    const status = this._dashboard.status;
    return html`<header class="page-header">
        <div>
          <h1 tabindex="-1">Home</h1>
          <p class="lead">
            Fine-tune small language models on your own data: upload a dataset, pick a base model,
            launch a training run, then read its evaluation.
          </p>
        </div>
        <a class="button primary cta" href="/train">${trainIcon()}Train Model</a>
      </header>
      <div class="bar">
        <sw-refresh-status ?refreshing=${shown && status === TaskStatus.PENDING}
          ?failed=${shown && status === TaskStatus.ERROR}></sw-refresh-status>
      </div>
      <div @sw-retry=${this._retry}>
        ${renderTask(this._dashboard, {
          loading: 'Loading the dashboard…',
          quietRefresh: true,
          complete: (dashboard) => this._body(dashboard),
        })}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-home-page': SwHomePage;
  }
}
