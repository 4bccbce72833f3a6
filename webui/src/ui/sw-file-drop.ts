import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { formStyles } from '../styles/form.js';
import { sharedStyles } from '../styles/shared.js';
import { formatBytes } from './format.js';

/** Detail of `sw-file-change`: the file chosen or dropped. */
export interface FileChangeDetail {
  file: File | null;
}

/**
 * A form's file field: the browser's own file picker, filtered by `accept`, inside a zone that also
 * takes a dropped file. The error shows next to it and is linked to the picker (`aria-describedby`).
 * @fires sw-file-change - A file was chosen or dropped; `detail.file` is it (null when cleared).
 */
@customElement('sw-file-drop')
export class SwFileDrop extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      .zone {
        display: grid;
        gap: var(--sw-space-2);
        padding: var(--sw-space-4);
        border: 2px dashed var(--sw-border-strong);
        border-radius: var(--sw-radius);
        background: var(--sw-surface-sunken);
      }

      .zone.dragging {
        border-color: var(--sw-accent-fill);
        background: var(--sw-accent-soft);
      }

      .zone.invalid {
        border-color: var(--sw-danger-text);
      }

      input::file-selector-button {
        margin-inline-end: var(--sw-space-3);
        min-height: 2.25rem;
        padding: 0 var(--sw-space-4);
        border: 1px solid var(--sw-border-strong);
        border-radius: var(--sw-radius-sm);
        background: var(--sw-surface);
        color: var(--sw-text);
        font: inherit;
        font-weight: 600;
        cursor: pointer;
      }

      .chosen {
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The field's label; also the picker's accessible name. */
  @property() label = 'File';

  /** The picker's filter, e.g. `.csv,.json,.jsonl`. */
  @property() accept = '';

  /** A line under the zone saying what is accepted. */
  @property() hint = '';

  /** The file the form holds; set null to clear the picker. */
  @property({ attribute: false }) file: File | null = null;

  /** The field's error message; '' when valid. */
  @property() error = '';

  /** No picking or dropping, e.g. while an upload runs. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private _dragging = false;

  @query('input') private _input?: HTMLInputElement;

  /** Focuses the picker, e.g. when the file is the first invalid field. */
  override focus(options?: FocusOptions): void {
    this._input?.focus(options);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('file') && !this.file && this._input?.value) this._input.value = '';
  }

  private _emit(file: File | null) {
    this.file = file;
    this.dispatchEvent(
      new CustomEvent<FileChangeDetail>('sw-file-change', { detail: { file }, bubbles: true, composed: true }),
    );
  }

  private _onChange(event: Event) {
    this._emit((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  private _onDragOver(event: DragEvent) {
    if (this.disabled || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this._dragging = true;
  }

  private _onDragLeave(event: DragEvent) {
    const zone = event.currentTarget as HTMLElement;
    if (!zone.contains(event.relatedTarget as Node | null)) this._dragging = false;
  }

  private _onDrop(event: DragEvent) {
    event.preventDefault();
    this._dragging = false;
    const files = event.dataTransfer?.files;
    if (this.disabled || !files?.length) return;
    // Show the dropped file in the picker too; browsers that cannot simply keep their own text.
    try {
      if (files.length === 1 && this._input) this._input.files = files;
    } catch {
      /* read-only FileList */
    }
    this._emit(files[0]);
  }

  override render() {
    const size = this.file ? formatBytes(this.file.size) : null;
    const describedBy = [this.hint && 'file-hint', this.error && 'file-error'].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for="file">${this.label}</label>
      <div
        class="zone ${this._dragging ? 'dragging' : ''} ${this.error ? 'invalid' : ''}"
        @dragenter=${this._onDragOver}
        @dragover=${this._onDragOver}
        @dragleave=${this._onDragLeave}
        @drop=${this._onDrop}
      >
        <input
          id="file"
          type="file"
          accept=${this.accept || nothing}
          ?disabled=${this.disabled}
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @change=${this._onChange}
        />
        <span class="hint">${this.file ? html`<span class="chosen">${this.file.name} (${size})</span>` : 'Or drop a file here.'}</span>
      </div>
      ${this.hint ? html`<span id="file-hint" class="hint">${this.hint}</span>` : nothing}
      ${this.error ? html`<span id="file-error" class="error">${this.error}</span>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-file-drop': SwFileDrop;
  }
  interface HTMLElementEventMap {
    'sw-file-change': CustomEvent<FileChangeDetail>;
  }
}
