import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';

/** Detail of `sw-segment`. */
export interface SegmentDetail {
  value: string;
}

/**
 * A small labelled choice drawn as joined buttons (Step | Epoch): native radio buttons in a
 * fieldset, so arrow keys move between the options and screen readers say "radio, 1 of 2".
 * @fires sw-segment - The user chose another option; `detail.value` is its value.
 */
@customElement('sw-segmented')
export class SwSegmented extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-block;
      }

      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
      }

      legend {
        margin-bottom: var(--sw-space-1);
        padding: 0;
        font-size: var(--sw-text-sm);
        font-weight: 600;
      }

      .options {
        display: inline-flex;
        border: 1px solid var(--sw-border-strong);
        border-radius: var(--sw-radius-sm);
        overflow: hidden;
      }

      label {
        position: relative;
        display: inline-flex;
        align-items: center;
        min-height: 2.25rem;
        padding: 0 var(--sw-space-3);
        background: var(--sw-surface);
        color: var(--sw-text);
        font-size: var(--sw-text-sm);
        cursor: pointer;
      }

      label + label {
        border-inline-start: 1px solid var(--sw-border-strong);
      }

      label:has(input:checked) {
        background: var(--sw-accent-fill);
        color: var(--sw-on-accent);
        font-weight: 600;
      }

      label:has(input:focus-visible) {
        outline: 2px solid var(--sw-focus);
        outline-offset: -4px;
      }

      input {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        margin: 0;
        opacity: 0;
        cursor: pointer;
      }
    `,
  ];

  /** The group's accessible and visible name, e.g. "X axis". */
  @property() label = '';

  /** The options, in order. */
  @property({ attribute: false }) options: { value: string; label: string }[] = [];

  /** The chosen value. */
  @property() value = '';

  private _choose(value: string) {
    if (value === this.value) return;
    this.dispatchEvent(new CustomEvent<SegmentDetail>('sw-segment', { detail: { value }, bubbles: true, composed: true }));
  }

  override render() {
    return html`<fieldset>
      <legend>${this.label}</legend>
      <div class="options">
        ${this.options.map(
          (o) => html`<label>
            <input type="radio" name="choice" .value=${o.value} .checked=${o.value === this.value} @change=${() => this._choose(o.value)} />${o.label}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-segmented': SwSegmented;
  }
  interface HTMLElementEventMap {
    'sw-segment': CustomEvent<SegmentDetail>;
  }
}
