import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DatasetPreview } from '../../api/types.js';
import { sharedStyles } from '../../styles/shared.js';
import { tableStyles } from '../../styles/table.js';
import { formatCount } from '../../ui/format.js';
import { firstChars } from '../../ui/text.js';

/** Longest cell text shown; a preview is for a glance, the download has the rest. */
export const CELL_MAX = 500;

/** A cell's text, cut after `max` characters (never half of one) with an ellipsis. */
export function clipText(text: string, max = CELL_MAX): string {
  const cut = firstChars(text, max);
  return cut.length < text.length ? `${cut.trimEnd()}…` : text;
}

/** The line above the table: how many records it shows and whether there are more. */
export function previewSummary(preview: DatasetPreview): string {
  const count = preview.rows.length;
  const records = `${formatCount(count)} ${count === 1 ? 'record' : 'records'}`;
  return preview.truncated ? `The first ${records}; the dataset has more.` : `All ${records}.`;
}

/** A wide dataset's note, "Showing the first 100 of 1,000,000 columns."; null when every column is shown. */
export function columnsNote(preview: DatasetPreview): string | null {
  const total = preview.totalColumns;
  if (total === undefined || total <= preview.columns.length) return null;
  return `Showing the first ${formatCount(preview.columns.length)} of ${formatCount(total)} columns.`;
}

/**
 * A dataset's first records as a table of plain text (cells from the file are never HTML), numbered,
 * scrolling inside its own frame; long cells are cut short.
 */
@customElement('sw-preview-table')
export class SwPreviewTable extends LitElement {
  static override styles = [
    sharedStyles,
    tableStyles,
    css`
      :host {
        display: grid;
        gap: var(--sw-space-2);
        font-size: var(--sw-text-sm);
      }

      .summary {
        color: var(--sw-text-muted);
      }

      .frame {
        max-height: 28rem;
      }

      /* Column names as the file has them. */
      thead th {
        color: var(--sw-text);
        font-family: var(--sw-font-mono);
        font-size: inherit;
        letter-spacing: normal;
        text-transform: none;
      }

      tbody th {
        color: var(--sw-text-muted);
        font-weight: 400;
        font-variant-numeric: tabular-nums;
      }

      td {
        min-width: 8rem;
        max-width: 24rem;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The records to show, as `GET /api/datasets/{id}/preview` answers. */
  @property({ attribute: false }) preview: DatasetPreview | null = null;

  override render() {
    const preview = this.preview;
    if (!preview || preview.columns.length === 0 || preview.rows.length === 0) {
      return html`<p class="summary">This dataset has no records to show.</p>`;
    }
    const note = columnsNote(preview);
    return html`<p class="summary">${previewSummary(preview)}${note ? ` ${note}` : ''}</p>
      <div class="frame" tabindex="0" role="region" aria-label="First records">
        <table>
          <caption class="visually-hidden">First records</caption>
          <thead>
            <tr>
              <th scope="col"><span class="visually-hidden">Record</span></th>
              ${preview.columns.map((column) => html`<th scope="col">${column}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${preview.rows.map(
              (row, i) => html`<tr>
                <th scope="row">${formatCount(i + 1)}</th>
                ${row.map((cell) => html`<td>${clipText(cell)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-preview-table': SwPreviewTable;
  }
}
