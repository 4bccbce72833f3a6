import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { getDashboard, type Dashboard } from '../api/dashboard.js';
import type { Experiment } from '../api/types.js';
import { dateCell } from '../components/cells.js';
import { formatPercent } from '../components/format.js';
import { trainIcon } from '../components/icons.js';
import type { Column } from '../components/sw-data-table.js';
import { pageStyles, sharedStyles } from '../styles/shared.js';
import '../components/sw-data-table.js';
import '../components/sw-empty.js';
import '../components/sw-error.js';
import '../components/sw-loading.js';
import '../components/sw-stat-card.js';
import '../components/sw-status-badge.js';

const COLUMNS: Column<Experiment>[] = [
  { header: 'Name', cell: (e) => e.name || e.id },
  { header: 'Status', cell: (e) => html`<sw-status-badge status=${e.status}></sw-status-badge>` },
  {
    header: 'Progress',
    align: 'end',
    cell: (e) => (e.status === 'running' ? formatPercent(e.progress) : null) ?? '—',
  },
  { header: 'Created', cell: (e) => dateCell(e.createdAt) },
];

/** Home: totals, the five most recent experiments, and the way to start a training run. */
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

  private _dashboard = new Task(this, {
    task: (_args: readonly [], { signal }) => getDashboard(signal),
    args: () => [] as const,
  });

  private _retry = () => void this._dashboard.run();

  private _recent(dashboard: Dashboard | null) {
    if (!dashboard) return html`<sw-loading label="Loading recent experiments…"></sw-loading>`;
    const { items, error } = dashboard.recentExperiments;
    if (error) return html`<sw-error .error=${error}></sw-error>`;
    if (items.length === 0) {
      return html`<sw-empty>No experiments yet. <a href="/train">Train your first model.</a></sw-empty>`;
    }
    return html`<sw-data-table
      caption="Recent experiments"
      .columns=${COLUMNS}
      .rows=${items}
      .rowKey=${(e: Experiment) => e.id}
    ></sw-data-table>`;
  }

  private _body(dashboard: Dashboard | null) {
    const loading = dashboard === null;
    const card = (label: string, part: Dashboard['datasets'] | undefined) =>
      html`<sw-stat-card
        label=${label}
        .value=${part?.total ?? null}
        .error=${part?.error ?? null}
        ?loading=${loading}
      ></sw-stat-card>`;
    return html`<div class="cards">
        ${card('Total datasets', dashboard?.datasets)} ${card('Total models', dashboard?.models)}
        ${card('Total experiments', dashboard?.experiments)}
      </div>
      <section class="recent">
        <h2>Recent experiments</h2>
        ${this._recent(dashboard)}
      </section>`;
  }

  override render() {
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
      <div @sw-retry=${this._retry}>
        ${this._dashboard.render({
          initial: () => this._body(null),
          pending: () => this._body(null),
          complete: (dashboard) => this._body(dashboard),
          error: (error) => html`<sw-error .error=${error}></sw-error>`,
        })}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-home-page': SwHomePage;
  }
}
