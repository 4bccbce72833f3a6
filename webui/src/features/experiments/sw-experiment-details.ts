import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ExperimentDetail } from '../../api/types.js';
import { sharedStyles } from '../../styles/shared.js';
import { dateCell } from '../../ui/cells.js';
import { formatEta } from '../../ui/format.js';
import { evaluationsHref } from '../../app/router.js';
import type { Detail } from '../../ui/sw-detail-list.js';
import '../../ui/sw-detail-list.js';
import '../../ui/sw-progress-bar.js';
import './sw-status-timeline.js';

const enc = encodeURIComponent;
/** A link to what the experiment uses, named when the name is known; nothing when the Training API left the id out. */
const link = (path: string, id?: string, name?: string | null) =>
  id ? html`<a href=${`${path}/${enc(id)}`}>${name || id}</a>` : undefined;

/** The stale warning's sentence. */
export const STALE_WARNING = 'No update for over 10 minutes — the Training API may be stuck.';

/**
 * Everything about one experiment: progress and ETA while running, the stale warning, the failure
 * reason, results, what it was trained on, its configuration and its status timeline.
 */
@customElement('sw-experiment-details')
export class SwExperimentDetails extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: grid; gap: var(--sw-space-5, 1.25rem); }
      section { display: grid; gap: var(--sw-space-3); }
      h2 { margin: 0; font-size: var(--sw-text-lg, 1.125rem); }
      .notice { padding: var(--sw-space-3); border-radius: var(--sw-radius-sm); border: 1px solid var(--sw-border); }
      .warning { background: var(--sw-warning-bg); color: var(--sw-warning-text); font-weight: 600; }
      .danger { background: var(--sw-danger-bg); border-color: var(--sw-danger-border); }
      .progress { display: flex; flex-wrap: wrap; gap: var(--sw-space-3); align-items: center; }
      sw-progress-bar { min-width: 16rem; }
      ul { margin: 0; padding-inline-start: var(--sw-space-5); }
    `,
  ];

  /** The experiment to show. */
  @property({ attribute: false }) experiment: ExperimentDetail | null = null;

  private _results(e: ExperimentDetail) {
    const evals = e.evaluationIds ?? [];
    if (!e.resultModelId && evals.length === 0) return nothing;
    return html`<section aria-labelledby="results"><h2 id="results">Results</h2><ul>
      ${e.resultModelId ? html`<li><a href="/models/${enc(e.resultModelId)}">Resulting model</a></li>` : nothing}
      ${evals.length ? html`<li><a href=${evaluationsHref(evals, { experimentId: e.id })}>Evaluations (${evals.length})</a></li>` : nothing}
    </ul></section>`;
  }

  override render() {
    const e = this.experiment;
    if (!e) return nothing;
    const eta = formatEta(e.etaSeconds);
    const about: Detail[] = [
      ['Goal', e.goal],
      ['Description', e.description],
      ['Base model', link('/models', e.baseModelId, e.baseModelName)],
      ['Training dataset', link('/datasets', e.trainingDatasetId, e.trainingDatasetName)],
      ['Evaluation dataset', link('/datasets', e.evaluationDatasetId, e.evaluationDatasetName)],
      ['Created', dateCell(e.createdAt)],
      ['Updated', dateCell(e.updatedAt)],
    ];
    const config: Detail[] = [
      ['Learning rate', String(e.config?.learningRate ?? '')],
      ['Epochs', String(e.config?.epochs ?? '')],
      ['Batch size', String(e.config?.batchSize ?? '')],
    ];
    return html`
      ${e.status === 'running'
        ? html`<div class="progress"><sw-progress-bar .value=${e.progress ?? null} label="Training progress"></sw-progress-bar>
            <span>${eta ?? 'Time left not known yet'}</span></div>`
        : nothing}
      ${e.stale ? html`<p class="notice warning">${STALE_WARNING}</p>` : nothing}
      ${e.status === 'failed'
        ? html`<div class="notice danger"><strong>Failure reason</strong><p>${e.error || 'The Training API gave no reason.'}</p></div>`
        : nothing}
      ${this._results(e)}
      <section aria-labelledby="about"><h2 id="about">Overview</h2><sw-detail-list .items=${about}></sw-detail-list></section>
      <section aria-labelledby="config"><h2 id="config">Training configuration</h2><sw-detail-list .items=${config}></sw-detail-list></section>
      <section aria-labelledby="timeline"><h2 id="timeline">Status timeline</h2>
        <sw-status-timeline .entries=${e.statusHistory ?? []}></sw-status-timeline></section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-experiment-details': SwExperimentDetails;
  }
}
