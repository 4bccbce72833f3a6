import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.js';
import { tableStyles } from '../../styles/table.js';
import type { PageDetail } from '../../ui/sw-pagination.js';
import '../../ui/sw-pagination.js';
import type { Aligned, ChartLine } from './loss-chart-data.js';

/** Rows per page of the table view. */
export const TABLE_PAGE = 100;
const PAGE_SIZES = [TABLE_PAGE];

const cell = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(Number(v.toPrecision(6))));

/**
 * The chart's points as a real table, for screen readers and exact reading: the x value and each
 * shown line, the rows inside the zoom, a hundred at a time (`sw-pagination`).
 */
@customElement('sw-loss-table')
export class SwLossTable extends LitElement {
  static override styles = [
    sharedStyles,
    tableStyles,
    css`
      :host {
        display: block;
      }

      .frame {
        max-height: 24rem;
      }

      table {
        font-variant-numeric: tabular-nums;
      }

      th,
      td {
        text-align: end;
        white-space: nowrap;
      }
    `,
  ];

  /** The aligned chart data: x values, then one array per line. */
  @property({ attribute: false }) data: Aligned = [[]];

  /** The lines, in the data's order; hidden ones are left out. */
  @property({ attribute: false }) lines: readonly ChartLine[] = [];

  /** Keys of the hidden lines. */
  @property({ attribute: false }) hiddenKeys: ReadonlySet<string> = new Set();

  /** Indices of the points shown (inside the zoom). */
  @property({ attribute: false }) indices: readonly number[] = [];

  /** The x column's header, "Step" or "Epoch". */
  @property() xLabel = 'Step';

  @state() private _offset = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('indices') && this._offset >= this.indices.length) this._offset = 0;
  }

  private _onPage(event: CustomEvent<PageDetail>) {
    event.stopPropagation();
    this._offset = event.detail.offset;
  }

  override render() {
    const shown = this.lines.map((line, i) => ({ line, values: this.data[i + 1] as (number | null)[] })).filter((s) => !this.hiddenKeys.has(s.line.key));
    const page = this.indices.slice(this._offset, this._offset + TABLE_PAGE);
    return html`<div class="frame" tabindex="0" role="region" aria-label="Loss curve points">
        <table>
          <caption class="visually-hidden">Loss curve points</caption>
          <thead>
            <tr>
              <th scope="col">${this.xLabel}</th>
              ${shown.map((s) => html`<th scope="col">${s.line.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${page.map(
              (i) => html`<tr>
                <th scope="row">${cell(this.data[0][i])}</th>
                ${shown.map((s) => html`<td>${cell(s.values?.[i])}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <sw-pagination unit="points" label="Pages of loss curve points" .pageSizes=${PAGE_SIZES} .limit=${TABLE_PAGE}
        .offset=${this._offset} .total=${this.indices.length} @sw-page=${this._onPage}></sw-pagination>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-loss-table': SwLossTable;
  }
}
