import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '@awesome.me/webawesome/dist/components/radio-group/radio-group.js';
import '@awesome.me/webawesome/dist/components/radio/radio.js';
import { sharedStyles } from '../styles/shared.js';

/** Detail of `sw-segment`. */
export interface SegmentDetail {
  value: string;
}

/**
 * A small labelled choice drawn as joined buttons (Step | Epoch): a radio group, so arrow keys move
 * between the options. Wraps Web Awesome's radio group so a later swap touches this file only.
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

      wa-radio-group::part(form-control-label) {
        font-size: var(--sw-text-sm);
        font-weight: 600;
        color: var(--sw-text);
      }

      wa-radio {
        font-size: var(--sw-text-sm);
      }
    `,
  ];

  /** The group's accessible and visible name, e.g. "X axis". */
  @property() label = '';

  /** The options, in order. */
  @property({ attribute: false }) options: { value: string; label: string }[] = [];

  /** The chosen value. */
  @property() value = '';

  private _onChange(event: Event) {
    const value = (event.target as HTMLElement & { value: string }).value;
    if (value === this.value) return;
    this.dispatchEvent(new CustomEvent<SegmentDetail>('sw-segment', { detail: { value }, bubbles: true, composed: true }));
  }

  override render() {
    return html`<wa-radio-group label=${this.label} orientation="horizontal" size="small" .value=${this.value} @change=${this._onChange}>
      ${this.options.map((o) => html`<wa-radio appearance="button" value=${o.value}>${o.label}</wa-radio>`)}
    </wa-radio-group>`;
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
