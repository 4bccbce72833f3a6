import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import { getDatasetPreview } from '../../api/datasets.js';
import { sharedStyles } from '../../styles/shared.js';
import { renderTask } from '../../ui/render-task.js';
import './sw-preview-table.js';

/**
 * A dataset's first records, loaded on their own: their spinner and error (with Retry) stay in
 * this section, so a preview that fails never hides the dataset's details beside it.
 */
@customElement('sw-dataset-preview')
export class SwDatasetPreview extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: var(--sw-space-3);
      }

      h3 {
        font-size: var(--sw-text-md);
      }
    `,
  ];

  /** The dataset whose records to show; null shows nothing. */
  @property({ attribute: 'dataset-id' }) datasetId: string | null = null;

  private _task = new Task(this, {
    task: ([id], { signal }) => (id ? getDatasetPreview(id, signal) : initialState),
    args: () => [this.datasetId] as const,
  });

  private _retry(event: Event) {
    // This section's Retry re-runs its own request, not the page's.
    event.stopPropagation();
    void this._task.run();
  }

  override render() {
    return html`<h3>First records</h3>
      <div @sw-retry=${this._retry}>
        ${this.datasetId === null
          ? ''
          : renderTask(this._task, {
              key: this.datasetId,
              loading: 'Loading the first records…',
              complete: (preview) => html`<sw-preview-table .preview=${preview}></sw-preview-table>`,
            })}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-dataset-preview': SwDatasetPreview;
  }
}
