import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { exportCsvHref, getEvaluation, pointsPerRun, type EvaluationDetail } from '../../api/evaluations.js';
import { QueryController } from '../../controllers/query-controller.js';
import { renderTask } from '../../ui/render-task.js';
import { pageStyles, sharedStyles } from '../../styles/shared.js';
import { MAX_SELECTED, parseIds } from './evaluation-view.js';
import './sw-evaluation-compare.js';

// Only `ids` is this page's; the rest is what every QueryController keeps.
const DEFAULTS = { ids: '', q: '', sort: '', offset: 0, limit: 25 };

/**
 * Two to eight evaluations side by side (`/evaluations/compare?ids=a,b,…`), in the order given:
 * opens at the top, the list (with these selected) one click away, and reloads as it is.
 */
@customElement('sw-compare-page')
export class SwComparePage extends LitElement {
  static override styles = [sharedStyles, pageStyles, css`
    .actions { display: flex; flex-wrap: wrap; gap: var(--sw-space-3); align-items: center; }
  `];

  private _query = new QueryController(this, { path: '/evaluations/compare', defaults: DEFAULTS });

  private _runs = new Task(this, {
    task: ([ids], { signal }) => {
      const chosen = parseIds(ids);
      if (chosen.length < 2) return Promise.resolve([]);
      const points = pointsPerRun(chosen.length);
      return Promise.all(chosen.map((id) => getEvaluation(id, signal, points)));
    },
    args: () => [this._query.value.ids] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.scrollTo({ top: 0 });
  }

  override render() {
    const ids = parseIds(this._query.value.ids);
    const back = ids.length ? `/evaluations?ids=${ids.map(encodeURIComponent).join(',')}` : '/evaluations';
    return html`<header class="page-header">
        <div>
          <h1 tabindex="-1">Compare evaluations</h1>
          <p class="lead"><a href=${back}>All evaluations</a></p>
        </div>
        ${ids.length ? html`<div class="actions"><a class="button" href=${exportCsvHref(ids)} download>Export CSV</a></div>` : nothing}
      </header>
      ${ids.length < 2
        ? html`<p class="muted" role="status">Choose two to ${MAX_SELECTED} evaluations in the <a href=${back}>list</a> to compare them.</p>`
        : html`<div @sw-retry=${() => void this._runs.run()}>
            ${renderTask(this._runs, {
              key: ids.join(','),
              loading: 'Loading the runs to compare…',
              complete: (runs: EvaluationDetail[]) => html`<sw-evaluation-compare .evaluations=${runs}></sw-evaluation-compare>`,
            })}
          </div>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-compare-page': SwComparePage;
  }
}
