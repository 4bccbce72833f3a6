import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';

/**
 * A modal confirmation on the native `<dialog>` (focus trapped, Escape closes, focus returns to
 * where it was). Its heading names it.
 * @slot - The question's explanation.
 * @fires sw-confirm - The user pressed the confirm button.
 * @fires sw-close - The dialog closed without confirming (the dismiss button or Escape).
 */
@customElement('sw-dialog')
export class SwDialog extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      dialog {
        max-width: min(32rem, calc(100vw - 2rem));
        padding: var(--sw-space-5, 1.25rem);
        border: 1px solid var(--sw-border);
        border-radius: var(--sw-radius);
        background: var(--sw-surface);
        color: var(--sw-text);
        box-shadow: var(--sw-shadow);
      }

      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }

      .actions {
        display: flex;
        justify-content: flex-end;
        gap: var(--sw-space-3);
        margin-top: var(--sw-space-4);
      }
    `,
  ];

  /** Whether the dialog is shown. */
  @property({ type: Boolean, reflect: true }) open = false;
  @property() heading = '';
  /** The confirm button, e.g. "Cancel experiment". */
  @property() confirmLabel = 'Confirm';
  /** The dismiss button, e.g. "Keep running"; it gets the focus first. */
  @property() dismissLabel = 'Cancel';
  /** Disables the confirm button while its action runs. */
  @property({ type: Boolean }) busy = false;

  @query('dialog') private _dialog!: HTMLDialogElement;

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this._dialog.open) this._dialog.showModal?.();
    if (!this.open && this._dialog.open) this._dialog.close();
  }

  private _emit(type: 'sw-confirm' | 'sw-close') {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
  }

  override render() {
    return html`<dialog aria-labelledby="heading" @cancel=${(e: Event) => (e.preventDefault(), this._emit('sw-close'))}>
      <h2 id="heading">${this.heading}</h2>
      <slot></slot>
      <div class="actions">
        <button class="button" type="button" autofocus @click=${() => this._emit('sw-close')}>${this.dismissLabel}</button>
        <button class="button primary" type="button" ?disabled=${this.busy} @click=${() => this._emit('sw-confirm')}>${this.confirmLabel}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-dialog': SwDialog;
  }
  interface HTMLElementEventMap {
    'sw-confirm': CustomEvent<void>;
  }
}
