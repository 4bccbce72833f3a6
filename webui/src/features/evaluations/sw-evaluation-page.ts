import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { exportCsvHref, getEvaluation, type EvaluationDetail } from '../../api/evaluations.js';
import { renderTask } from '../../ui/render-task.js';
import { pageStyles, sharedStyles } from '../../styles/shared.js';
import { evaluationsHref } from '../../app/router.js';
import { nameOrId } from './evaluation-view.js';
import './sw-evaluation-detail.js';

/**
 * One evaluation on its own page (`/evaluations/{id}`): opens at the top with the run's name as
 * its heading, the list one click away (filtered to the run's experiment), and reloads as it is.
 */
@customElement('sw-evaluation-page')
export class SwEvaluationPage extends LitElement {
  static override styles = [sharedStyles, pageStyles, css`
    .actions { display: flex; flex-wrap: wrap; gap: var(--sw-space-3); align-items: center; }
    .back { display: flex; flex-wrap: wrap; gap: var(--sw-space-4); }
  `];

  /** The evaluation's id, from the route. */
  @property() itemId = '';

  private _item = new Task(this, {
    task: ([id], { signal }) => getEvaluation(id, signal),
    args: () => [this.itemId] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Opened from a long list or another page: start at the top, where the heading is.
    window.scrollTo({ top: 0 });
  }

  private _header(e: EvaluationDetail | null) {
    return html`<header class="page-header">
      <div>
        <h1 tabindex="-1">${e ? nameOrId(e.experimentName, e.experimentId) : 'Evaluation'}</h1>
        <p class="lead back">
          <a href="/evaluations">All evaluations</a>
          ${e?.experimentId ? html`<a href=${evaluationsHref([], { experimentId: e.experimentId })}>Evaluations of this experiment</a>` : nothing}
        </p>
      </div>
      ${e ? html`<div class="actions"><a class="button" href=${exportCsvHref([e.id])} download>Export CSV</a></div>` : nothing}
    </header>`;
  }

  override render() {
    const shown = this._item.value?.id === this.itemId ? this._item.value : null;
    return html`${this._header(shown)}
      <div @sw-retry=${() => void this._item.run()}>
        ${renderTask(this._item, {
          key: this.itemId,
          loading: 'Loading the evaluation…',
          complete: (e) => html`<sw-evaluation-detail .evaluation=${e}></sw-evaluation-detail>`,
        })}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-evaluation-page': SwEvaluationPage;
  }
}
