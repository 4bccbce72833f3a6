import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.js';
import { progressPercent } from './dataset-upload.js';

/**
 * An upload under way: a labelled progress bar with the percent sent, and a Cancel upload button.
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
        grid-template-columns: minmax(0, 1fr) auto auto;
        align-items: center;
        gap: var(--sw-space-2) var(--sw-space-4);
        font-size: var(--sw-text-sm);
      }

      label {
        grid-column: 1 / -1;
        font-weight: 600;
        overflow-wrap: anywhere;
      }

      progress {
        width: 100%;
        height: 0.75rem;
        accent-color: var(--sw-accent-fill);
      }

      .percent {
        min-width: 3.5em;
        text-align: end;
        font-variant-numeric: tabular-nums;
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
      <label for="bar">${label}</label>
      <progress id="bar" max="100" value=${percent ?? nothing}></progress>
      <span class="percent">${percent === null ? '' : `${percent}%`}</span>
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
