import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { ApiError, isAbortError } from '../../api/api-error.js';
import type { Dataset } from '../../api/types.js';
import { uploadDataset, type UploadProgress } from '../../api/upload.js';
import { formStyles } from '../../styles/form.js';
import { sharedStyles } from '../../styles/shared.js';
import {
  DATASET_ACCEPT,
  DESCRIPTION_MAX,
  firstInvalid,
  isDatasetFile,
  serverErrors,
  UPLOAD_FIELDS,
  uploadedMessage,
  validateUpload,
  type ServerErrors,
  type UploadErrors,
  type UploadField,
  type UploadValues,
} from './dataset-upload.js';
import { deepActiveElement } from '../../ui/focus.js';
import { formatCount } from '../../ui/format.js';
import { DATASET_TYPES } from '../../ui/labels.js';
import { describeError } from '../../ui/sw-error.js';
import type { FileChangeDetail } from '../../ui/sw-file-drop.js';
import '../../ui/sw-file-drop.js';
import type { MappingChangeDetail } from './sw-mapping-picker.js';
import { mappingField } from '../../ui/dataset-layouts.js';

/** How much of a chosen file is read here for its column names. */
const HEAD_BYTES = 1024 * 1024;

function formatOf(fileName: string): 'csv' | 'json' | 'jsonl' {
  const name = fileName.toLowerCase();
  return name.endsWith('.jsonl') ? 'jsonl' : name.endsWith('.json') ? 'json' : 'csv';
}

/** The progress panel shows only while a file uploads, so it loads then, not with the page. */
const loadProgress = () =>
  import('./sw-upload-progress.js').catch((error: unknown) => console.error('The upload progress could not be loaded.', error));

/** The column picker shows only once a file's columns are read, so it loads then, not with the page. */
const loadPicker = () =>
  import('./sw-mapping-picker.js').catch((error: unknown) => console.error('The column picker could not be loaded.', error));

/** Detail of `sw-uploaded`. */
export interface UploadedDetail {
  dataset: Dataset;
}

const EMPTY: UploadValues = { name: '', description: '', type: 'training', file: null };
const NO_SERVER_ERRORS: ServerErrors = { fields: {}, other: [] };
const FILE_HINT = 'CSV, JSON or JSON Lines (.csv, .json, .jsonl).';

/**
 * The Datasets page's upload form: Dataset name, Description, Dataset type and File, each with its
 * error inline (`aria-invalid`, `aria-describedby`), the server's field errors too. Upload stays
 * disabled until the form is valid. While the file goes up: a progress bar and Cancel upload; then a
 * status message names the dataset and its row count.
 * @fires sw-uploaded - A dataset was created; `detail.dataset` is it. The page refreshes its list.
 */
@customElement('sw-upload-form')
export class SwUploadForm extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      h2 {
        margin-bottom: var(--sw-space-4);
      }

      form {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(10rem, 1fr);
        gap: var(--sw-space-4);
      }

      .wide {
        grid-column: 1 / -1;
      }

      @media (max-width: 40rem) {
        form {
          grid-template-columns: minmax(0, 1fr);
        }
      }

      .failure {
        padding: var(--sw-space-3);
        border: 1px solid var(--sw-danger-border);
        border-radius: var(--sw-radius-sm);
        background: var(--sw-danger-bg);
        font-size: var(--sw-text-sm);
      }

      .failure .title {
        font-weight: 650;
        color: var(--sw-danger-text);
      }

      .failure ul {
        margin: var(--sw-space-1) 0 0;
        padding-inline-start: var(--sw-space-5);
      }

      .status:not(:empty) {
        color: var(--sw-success-text);
        font-weight: 600;
      }
    `,
  ];

  @state() private _values: UploadValues = EMPTY;
  @state() private _touched = new Set<UploadField>();
  @state() private _server: ServerErrors = NO_SERVER_ERRORS;
  @state() private _failure: { title: string; detail: string; other: string[] } | null = null;
  /** Non-null while an upload runs. */
  @state() private _progress: UploadProgress | null = null;
  @state() private _status = '';

  @query('sw-upload-progress') private _progressBar?: HTMLElement;

  private _abort: AbortController | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._abort?.abort();
  }

  private get _errors(): UploadErrors {
    return validateUpload(this._values);
  }

  /**
   * The message shown next to a field: the server's, or ours once the user has changed it (or tried
   * to submit). Not on blur: an error appearing as focus leaves shifts the page under the pointer.
   */
  private _errorOf(field: UploadField): string {
    return this._server.fields[field] ?? (this._touched.has(field) ? (this._errors[field] ?? '') : '');
  }

  private _change(field: UploadField, value: UploadValues[UploadField]) {
    this._values = { ...this._values, [field]: value };
    this._touch(field);
    if (this._server.fields[field]) {
      const fields = { ...this._server.fields };
      delete fields[field];
      this._server = { ...this._server, fields };
    }
  }

  /**
   * A file was chosen: its head is read here for the column names, and what the run trains on is
   * proposed from them (the server checks every record against it).
   */
  private async _fileChosen(file: File | null) {
    this._change('file', file);
    this._values = { ...this._values, columns: null, mapping: null };
    if (!file || !isDatasetFile(file.name)) return;
    let head = '';
    try {
      [head] = await Promise.all([file.slice(0, HEAD_BYTES).text(), loadPicker()]);
    } catch {
      return; // unreadable here: the server reads the columns itself
    }
    if (this._values.file !== file) return; // another file was chosen meanwhile
    // The detection loads with the first file chosen, not with the page.
    const { detectMapping, readColumns } = await import('./dataset-mapping.js');
    if (this._values.file !== file) return;
    const columns = readColumns(head, formatOf(file.name));
    this._values = { ...this._values, columns, mapping: detectMapping(columns) };
  }

  private _touch(field: UploadField) {
    if (!this._touched.has(field)) this._touched = new Set([...this._touched, field]);
  }

  private async _focus(target: UploadField | 'submit') {
    await this.updateComplete;
    const id = target === 'submit' ? 'upload' : target;
    this.renderRoot.querySelector<HTMLElement>(target === 'file' ? 'sw-file-drop' : `#${id}`)?.focus();
  }

  /** A disabled Upload blocks Enter's implicit submit; show what is missing instead. */
  private _onKeydown(event: KeyboardEvent) {
    const target = event.composedPath()[0];
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement) || target.type === 'file') return;
    if (!firstInvalid(this._errors)) return;
    event.preventDefault();
    this._revealErrors();
  }

  private _revealErrors() {
    this._touched = new Set(UPLOAD_FIELDS);
    void this._focus(firstInvalid(this._errors) ?? 'submit');
  }

  private _beforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();

  private async _onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (this._progress) return;
    if (firstInvalid(this._errors)) return this._revealErrors();
    const { name, description, type, file, columns, mapping } = this._values;
    const abort = new AbortController();
    this._abort = abort;
    this._server = NO_SERVER_ERRORS;
    this._failure = null;
    this._status = '';
    this._progress = { loaded: 0, total: file!.size };
    window.addEventListener('beforeunload', this._beforeUnload);
    await loadProgress();
    await this.updateComplete;
    this._progressBar?.focus();
    let uploaded = false;
    let invalid: UploadField | null = null;
    try {
      const dataset = await uploadDataset(
        {
          name: name.trim(), description: description.trim(), type, file: file!,
          ...(columns?.length && mapping ? { mapping: mappingField(mapping) } : {}),
        },
        { signal: abort.signal, onProgress: (progress) => (this._progress = progress) },
      );
      uploaded = true;
      this._values = EMPTY;
      this._touched = new Set();
      this._status = uploadedMessage(dataset);
      this.dispatchEvent(
        new CustomEvent<UploadedDetail>('sw-uploaded', { detail: { dataset }, bubbles: true, composed: true }),
      );
    } catch (error) {
      invalid = this._failed(error);
    } finally {
      window.removeEventListener('beforeunload', this._beforeUnload);
      this._progress = null;
      this._abort = null;
    }
    if (invalid) return this._focus(invalid);
    // Cancel upload has gone; hand its focus on, unless the user has moved elsewhere meanwhile.
    await this.updateComplete;
    const active = deepActiveElement();
    if ((active === null || active === document.body) && this.isConnected) await this._focus(uploaded ? 'name' : 'submit');
  }

  /** Shows why the upload failed; returns the first field the server found invalid. */
  private _failed(error: unknown): UploadField | null {
    if (isAbortError(error)) {
      this._status = error instanceof ApiError ? error.detail : 'The upload was cancelled.';
      return null;
    }
    if (error instanceof ApiError) this._server = serverErrors(error);
    const first = firstInvalid(this._server.fields);
    if (!first || this._server.other.length) this._failure = { ...describeError(error), other: this._server.other };
    return first;
  }

  private _text(field: 'name' | 'description', label: string, hint = '') {
    const error = this._errorOf(field);
    const invalid = error ? 'true' : 'false';
    const describedBy = [hint && `${field}-hint`, error && `${field}-error`].filter(Boolean).join(' ') || nothing;
    const onInput = (e: Event) => this._change(field, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
    const busy = !!this._progress;
    return html`<div class="field ${field === 'description' ? 'wide' : ''}">
      <label for=${field}>${label}</label>
      ${field === 'name'
        ? html`<input id="name" name="name" autocomplete="off" required ?disabled=${busy} aria-invalid=${invalid}
            aria-describedby=${describedBy} .value=${this._values.name} @input=${onInput} />`
        : html`<textarea id="description" name="description" rows="3" ?disabled=${busy} aria-invalid=${invalid}
            aria-describedby=${describedBy} .value=${this._values.description} @input=${onInput}></textarea>`}
      ${hint ? html`<span id="${field}-hint" class="hint">${hint}</span>` : nothing}
      ${error ? html`<span id="${field}-error" class="error">${error}</span>` : nothing}
    </div>`;
  }

  private _type() {
    const error = this._errorOf('type');
    return html`<div class="field">
      <label for="type">Dataset type</label>
      <select id="type" name="type" ?disabled=${!!this._progress} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'type-error' : nothing}
        @change=${(e: Event) => this._change('type', (e.target as HTMLSelectElement).value)}>
        ${DATASET_TYPES.map((t) => html`<option value=${t.value} ?selected=${t.value === this._values.type}>${t.label}</option>`)}
      </select>
      ${error ? html`<span id="type-error" class="error">${error}</span>` : nothing}
    </div>`;
  }

  private _mapping() {
    const error = this._errorOf('mapping');
    if (this._values.columns?.length) {
      return html`<sw-mapping-picker id="mapping" class="wide" .columns=${this._values.columns}
        .mapping=${this._values.mapping ?? null} error=${error} ?disabled=${!!this._progress}
        @sw-mapping-change=${(e: CustomEvent<MappingChangeDetail>) => this._change('mapping', e.detail.mapping)}></sw-mapping-picker>`;
    }
    return error ? html`<p id="mapping" class="error wide" tabindex="-1">${error}</p>` : nothing;
  }

  private _actions() {
    const p = this._progress;
    if (p) {
      return html`<sw-upload-progress .fileName=${this._values.file?.name ?? ''} .loaded=${p.loaded} .total=${p.total}
        @sw-cancel=${() => this._abort?.abort()}></sw-upload-progress>`;
    }
    return html`<div><button id="upload" class="button primary" type="submit" ?disabled=${!!firstInvalid(this._errors)}>Upload</button></div>`;
  }

  override render() {
    const f = this._failure;
    return html`<h2 id="heading">Upload a dataset</h2>
      <form novalidate aria-labelledby="heading" @submit=${this._onSubmit} @keydown=${this._onKeydown}>
      ${this._text('name', 'Dataset name')} ${this._type()}
      ${this._text('description', 'Description', `Optional, up to ${formatCount(DESCRIPTION_MAX)} characters.`)}
      <sw-file-drop class="wide" label="File" accept=${DATASET_ACCEPT} hint=${FILE_HINT} .file=${this._values.file}
        .error=${this._errorOf('file')} ?disabled=${!!this._progress}
        @sw-file-change=${(e: CustomEvent<FileChangeDetail>) => void this._fileChosen(e.detail.file)}></sw-file-drop>
      ${this._mapping()}
      ${f
        ? html`<div class="failure wide" role="alert">
            <p class="title">${f.title}</p>
            <p>${f.detail}</p>
            ${f.other.length ? html`<ul>${f.other.map((m) => html`<li>${m}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}
      <div class="wide">${this._actions()}</div>
      <p class="status wide" role="status">${this._status}</p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-upload-form': SwUploadForm;
  }
  interface HTMLElementEventMap {
    'sw-uploaded': CustomEvent<UploadedDetail>;
  }
}
