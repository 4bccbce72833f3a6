import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { cancelExperiment, getExperiment } from '../../api/experiments.js';
import type { ExperimentDetail } from '../../api/types.js';
import { PollController } from '../../controllers/poll-controller.js';
import { isLive } from '../../ui/status.js';
import { takeFlash } from '../../ui/flash.js';
import { deepActiveElement } from '../../ui/focus.js';
import { renderTask } from '../../ui/render-task.js';
import { StatusTracker } from './status-announcements.js';
import { describeError } from '../../ui/sw-error.js';
import { pageStyles, sharedStyles } from '../../styles/shared.js';
import '../../ui/sw-dialog.js';
import './sw-experiment-details.js';
import '../../ui/sw-refresh-status.js';
import '../../ui/sw-status-badge.js';
import '../../ui/sw-toast.js';

/** One experiment (`/experiments/{id}`), polled until it finishes; Cancel (confirmed) and Clone. */
@customElement('sw-experiment-page')
export class SwExperimentPage extends LitElement {
  static override styles = [sharedStyles, pageStyles, css`
    .actions { display: flex; gap: var(--sw-space-3); align-items: center; }
    h1 sw-status-badge { vertical-align: middle; margin-inline-start: var(--sw-space-2); }
    sw-toast, .failure { display: block; margin-bottom: var(--sw-space-4); }
    .failure { padding: var(--sw-space-3); border: 1px solid var(--sw-danger-border); border-radius: var(--sw-radius-sm); background: var(--sw-danger-bg); }
  `];

  /** The experiment's id, from the route. */
  @property() itemId = '';

  @state() private _flash: string | null = null;
  @state() private _confirming = false;
  @state() private _cancelling = false;
  @state() private _cancelError: { title: string; detail: string } | null = null;
  @state() private _announcement = '';
  private _shown: ExperimentDetail | null = null;
  private _tracker = new StatusTracker();

  private _item = new Task(this, {
    task: ([id], { signal }) => getExperiment(id, signal),
    args: () => [this.itemId] as const,
    onComplete: (e) => {
      this._shown = e;
      const messages = this._tracker.update([e]);
      if (messages.length) this._announcement = messages.join(' ');
    },
  });

  // Held for its lifecycle: it re-reads the experiment until it has finished.
  protected readonly _poll = new PollController(this, {
    refresh: () => this._item.run(),
    active: () => this._shown?.id === this.itemId && isLive(this._shown.status),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('itemId')) this._flash = takeFlash(`/experiments/${encodeURIComponent(this.itemId)}`);
  }

  private async _cancel() {
    this._cancelling = true;
    this._cancelError = null;
    try {
      await cancelExperiment(this.itemId);
    } catch (error) {
      this._cancelError = describeError(error);
    } finally {
      this._cancelling = false;
      this._confirming = false;
    }
    await this._item.run();
    await this.updateComplete;
    // Cancel is gone once the run has stopped; hand its focus to the heading rather than the page.
    const active = deepActiveElement();
    if (active === null || active === document.body) this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private _header(e: ExperimentDetail | null) {
    const name = e?.name || e?.id || 'Experiment';
    return html`<header class="page-header">
      <div>
        <h1 tabindex="-1">${name}${e ? html`<sw-status-badge status=${e.status}></sw-status-badge>` : nothing}</h1>
        <p class="lead"><a href="/experiments">All experiments</a></p>
      </div>
      ${e ? html`<div class="actions">
            <sw-refresh-status ?refreshing=${this._item.status === TaskStatus.PENDING}
              ?failed=${this._item.status === TaskStatus.ERROR}></sw-refresh-status>
            ${isLive(e.status) ? html`<button class="button" type="button" @click=${() => (this._confirming = true)}>Cancel</button>` : nothing}
            <a class="button" href="/train?clone=${encodeURIComponent(e.id)}">Clone</a>
          </div>` : nothing}
    </header>`;
  }

  override render() {
    const shown = this._shown?.id === this.itemId ? this._shown : null;
    const c = this._cancelError;
    return html`${this._header(shown)}
      ${this._flash ? html`<sw-toast @sw-dismiss=${() => (this._flash = null)}>${this._flash}</sw-toast>` : nothing}
      ${c ? html`<div class="failure" role="alert"><strong>${c.title}</strong><p>${c.detail}</p></div>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this._announcement}</p>
      <div @sw-retry=${() => void this._item.run()}>
        ${renderTask(this._item, {
          key: this.itemId,
          quietRefresh: true,
          loading: 'Loading experiment…',
          complete: (e) => html`<sw-experiment-details .experiment=${e}></sw-experiment-details>`,
        })}
      </div>
      <sw-dialog ?open=${this._confirming} heading="Cancel this experiment?" confirmLabel="Cancel experiment"
        dismissLabel="Keep running" ?busy=${this._cancelling}
        @sw-confirm=${() => void this._cancel()} @sw-close=${() => (this._confirming = false)}>
        <p>The run stops and cannot be resumed. You can clone it later to start again.</p>
      </sw-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-experiment-page': SwExperimentPage;
  }
}
