import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.js';
import { progressPercent } from './dataset-upload.js';
import '../../ui/sw-progress-bar.js';

/**
 * An upload under way: a labelled progress bar (`sw-progress-bar`) with the percent sent, and a Cancel upload button.
 * Once every byte is sent it says the server is checking the file, which it does before answering.
 * @fires sw-cancel - The user pressed Cancel upload.
 */
@customElement('sw-upload-progress')
export class SwUploadProgress extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }

      .progress {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: center;
        gap: var(--sw-space-2) var(--sw-space-4);
        font-size: var(--sw-text-sm);
      }

      .label {
        grid-column: 1 / -1;
        font-weight: 600;
        overflow-wrap: anywhere;
      }

      sw-progress-bar {
        display: flex;
        font-size: var(--sw-text-sm);
      }
    `,
  ];

  /** The file going up, named in the label. */
  @property() fileName = '';

  /** Bytes sent so far. */
  @property({ type: Number }) loaded = 0;

  /** Bytes to send; null when the browser cannot tell (the bar then shows no percent). */
  @property({ attribute: false }) total: number | null = null;

  @query('button') private _cancel?: HTMLButtonElement;

  /** Focuses Cancel upload, which takes the place of the Upload button while the upload runs. */
  override focus(options?: FocusOptions): void {
    this._cancel?.focus(options);
  }

  private _onCancel() {
    this.dispatchEvent(new CustomEvent('sw-cancel', { bubbles: true, composed: true }));
  }

  override render() {
    const percent = progressPercent({ loaded: this.loaded, total: this.total });
    const label =
      percent === 100 ? `Sent “${this.fileName}”. The server is checking it…` : `Uploading “${this.fileName}”…`;
    return html`<div class="progress">
      <span class="label">${label}</span>
      <sw-progress-bar .value=${percent === null ? null : percent / 100} label=${label}></sw-progress-bar>
      <button class="button" type="button" @click=${this._onCancel}>Cancel upload</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-upload-progress': SwUploadProgress;
  }
  interface HTMLElementEventMap {
    'sw-cancel': CustomEvent<void>;
  }
}
