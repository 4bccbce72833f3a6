import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { datasetDownloadUrl } from '../../api/datasets.js';
import type { Dataset } from '../../api/types.js';
import { dateCell } from '../../ui/cells.js';
import { describeSchema, describeSkipped } from '../../ui/dataset-layouts.js';
import { formatBytes, formatCount } from '../../ui/format.js';
import { choiceLabel, DATASET_TYPES } from '../../ui/labels.js';
import type { Detail } from '../../ui/sw-detail-list.js';
import { sharedStyles } from '../../styles/shared.js';
import '../../ui/sw-detail-list.js';

const rows = (n: number | null) => (typeof n === 'number' ? formatCount(n) : '—');
const nameOf = (d: Dataset) => d.name || d.id;

/** The drawer's actions: download the file, train with it (the wizard opens with it chosen). */
function datasetActions(d: Dataset): unknown {
  return html`<p class="drawer-actions">
    <a class="button" href=${datasetDownloadUrl(d.id)} download aria-label=${`Download ${nameOf(d)}`}>Download</a>
    <a class="button primary" href=${`/train?dataset=${encodeURIComponent(d.id)}`}>Train with this dataset</a>
  </p>`;
}

/** A dataset's details in its drawer. */
export function datasetDetails(d: Dataset): Detail[] {
  return [
    ['Description', d.description],
    ['Type', choiceLabel(DATASET_TYPES, d.type)],
    ['Format', d.format?.toUpperCase()],
    ['Records hold', describeSchema(d.schema)],
    ['Bad records left out', describeSkipped(d.schema)],
    ['File name', d.fileName],
    ['Row count', rows(d.rowCount)],
    ['Size', formatBytes(d.sizeBytes)],
    ['Upload date', dateCell(d.createdAt)],
    ['ID', d.id],
  ];
}

/**
 * The top of a dataset's drawer: Download and "Train with this dataset", the details (what the
 * records hold among them), and Copy ID. Loads with the drawer, not with the list.
 */
@customElement('sw-dataset-summary')
export class SwDatasetSummary extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .drawer-actions,
      .copy-id {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sw-space-3);
        margin: 0 0 var(--sw-space-4);
      }

      .copy-id {
        margin: var(--sw-space-3) 0 0;
        font-size: var(--sw-text-sm);
      }
    `,
  ];

  @property({ attribute: false }) item: Dataset | null = null;

  /** What the last Copy ID did: copied, or could not (then the id is spelled out to copy by hand). */
  @state() private _copied: 'yes' | 'no' | '' = '';

  private async _copy(id: string) {
    try {
      await navigator.clipboard.writeText(id);
      this._copied = 'yes';
    } catch {
      this._copied = 'no';
    }
  }

  override render() {
    const d = this.item;
    if (!d) return html``;
    return html`${datasetActions(d)}<sw-detail-list .items=${datasetDetails(d)}></sw-detail-list>
      <p class="copy-id"><button class="button" type="button" @click=${() => void this._copy(d.id)}>Copy ID</button>
        <span role="status">${this._copied === 'yes' ? 'ID copied to the clipboard.' : this._copied === 'no' ? `Copy it by hand: ${d.id}` : ''}</span></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-dataset-summary': SwDatasetSummary;
  }
}
