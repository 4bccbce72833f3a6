import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Experiment } from '../../api/types.js';
import { sharedStyles } from '../../styles/shared.js';
import { dateCell } from '../../ui/cells.js';
import '../../ui/sw-status-badge.js';

type Entry = NonNullable<Experiment['statusHistory']>[number];

/** An experiment's status history as an ordered list: each status with its time and message. */
@customElement('sw-status-timeline')
export class SwStatusTimeline extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ol {
        display: grid;
        gap: var(--sw-space-3);
        margin: 0;
        padding: 0 0 0 var(--sw-space-4);
        border-left: 2px solid var(--sw-border);
        list-style: none;
        font-size: var(--sw-text-sm);
      }

      li {
        display: grid;
        gap: var(--sw-space-1);
      }

      .when {
        color: var(--sw-text-muted);
      }
    `,
  ];

  /** The entries, oldest first. */
  @property({ attribute: false }) entries: Entry[] = [];

  override render() {
    if (this.entries.length === 0) return html`<p>No status changes recorded yet.</p>`;
    return html`<ol>
      ${this.entries.map(
        (e) => html`<li>
          <span><sw-status-badge status=${e.status}></sw-status-badge> <span class="when">${dateCell(e.at)}</span></span>
          ${e.message ? html`<span>${e.message}</span>` : nothing}
        </li>`,
      )}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-status-timeline': SwStatusTimeline;
  }
}
