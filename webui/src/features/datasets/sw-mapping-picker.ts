import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formStyles } from '../../styles/form.js';
import { sharedStyles } from '../../styles/shared.js';
import { describeMapping, detectMapping, KINDS, kindInfo, type DatasetKind, type Mapping } from './dataset-mapping.js';

/** Detail of `sw-mapping-change`. */
export interface MappingChangeDetail {
  mapping: Mapping;
}

/**
 * What a run trains on, for the file being uploaded: the layout its records hold and the column
 * for each role, proposed from the column names and changeable here (a select per role, filled
 * with the columns found in the head of the file).
 * @fires sw-mapping-change - The user changed the layout or a column; `detail.mapping` is the new one.
 */
@customElement('sw-mapping-picker')
export class SwMappingPicker extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      fieldset {
        margin: 0;
        padding: var(--sw-space-3);
        border: 1px solid var(--sw-border);
        border-radius: var(--sw-radius-sm);
      }

      legend {
        font-weight: 600;
        padding-inline: var(--sw-space-1);
      }

      .summary {
        margin: 0 0 var(--sw-space-3);
      }

      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sw-space-3);
      }

      .choices .field {
        min-width: 10rem;
      }
    `,
  ];

  /** The columns found in the head of the file. */
  @property({ attribute: false }) columns: string[] = [];
  @property({ attribute: false }) mapping: Mapping | null = null;
  @property() error = '';
  @property({ type: Boolean }) disabled = false;

  private _emit(mapping: Mapping) {
    this.dispatchEvent(new CustomEvent<MappingChangeDetail>('sw-mapping-change', { detail: { mapping }, bubbles: true, composed: true }));
  }

  private _kindChanged(kind: DatasetKind) {
    const proposed = detectMapping(this.columns);
    const fields: Record<string, string> = {};
    for (const { role } of kindInfo(kind).roles) {
      const same = proposed?.kind === kind ? proposed.fields[role] : this.mapping?.fields[role];
      if (same && this.columns.includes(same)) fields[role] = same;
    }
    this._emit({ kind, fields });
  }

  private _roleChanged(role: string, column: string) {
    const current = this.mapping ?? { kind: 'prompt_completion' as DatasetKind, fields: {} };
    const fields = { ...current.fields };
    if (column) fields[role] = column;
    else delete fields[role];
    this._emit({ kind: current.kind, fields });
  }

  override render() {
    const mapping = this.mapping;
    const kind = mapping?.kind ?? 'prompt_completion';
    const described = mapping ? describeMapping(mapping) : '';
    const errorId = this.error ? 'mapping-error' : nothing;
    return html`<fieldset aria-describedby=${errorId}>
      <legend>What the run trains on</legend>
      <p class="summary" id="mapping-summary">
        ${mapping && described
          ? html`${kindInfo(kind).label} — ${described}`
          : 'No column has a usual name (prompt, completion, messages, …): choose which ones the run trains on.'}
      </p>
      <div class="choices">
        <div class="field">
          <label for="kind">Records hold</label>
          <select id="kind" ?disabled=${this.disabled}
            @change=${(e: Event) => this._kindChanged((e.target as HTMLSelectElement).value as DatasetKind)}>
            ${KINDS.map((k) => html`<option value=${k.kind} ?selected=${k.kind === kind}>${k.label}</option>`)}
          </select>
        </div>
        ${kindInfo(kind).roles.map(({ role, label, optional }) => html`<div class="field">
          <label for="role-${role}">${label}${optional ? ' (optional)' : ''}</label>
          <select id="role-${role}" ?disabled=${this.disabled} aria-invalid=${!optional && !mapping?.fields[role] && this.error ? 'true' : 'false'}
            @change=${(e: Event) => this._roleChanged(role, (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!mapping?.fields[role]}>${optional ? '— none —' : 'Choose a column'}</option>
            ${this.columns.map((c) => html`<option value=${c} ?selected=${mapping?.fields[role] === c}>${c}</option>`)}
          </select>
        </div>`)}
      </div>
      ${this.error ? html`<span id="mapping-error" class="error">${this.error}</span>` : nothing}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-mapping-picker': SwMappingPicker;
  }
  interface HTMLElementEventMap {
    'sw-mapping-change': CustomEvent<MappingChangeDetail>;
  }
}
