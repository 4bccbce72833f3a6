import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';

/** Detail of `sw-switch`. */
export interface SwitchDetail {
  checked: boolean;
}

/**
 * An on/off setting such as "View as table": a native checkbox with the switch role, drawn as a
 * track and thumb, its label the accessible name.
 * @slot - The label.
 * @fires sw-switch - The user turned it on or off; `detail.checked` is the new state.
 */
@customElement('sw-switch')
export class SwSwitch extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-block;
      }

      label {
        display: inline-flex;
        align-items: center;
        gap: var(--sw-space-2);
        min-height: 2.25rem;
        font-size: var(--sw-text-sm);
        font-weight: 600;
        cursor: pointer;
      }

      input {
        appearance: none;
        position: relative;
        flex: none;
        width: 2.25rem;
        height: 1.25rem;
        margin: 0;
        border: 1px solid var(--sw-border-strong);
        border-radius: var(--sw-radius-pill);
        background: var(--sw-surface-sunken);
        cursor: pointer;
      }

      input::before {
        content: '';
        position: absolute;
        top: 2px;
        left: 2px;
        width: 0.875rem;
        height: 0.875rem;
        border-radius: 50%;
        background: var(--sw-text-muted);
        transition: transform 0.15s ease;
      }

      input:checked {
        border-color: var(--sw-accent-fill);
        background: var(--sw-accent-fill);
      }

      input:checked::before {
        background: var(--sw-on-accent);
        transform: translateX(1rem);
      }
    `,
  ];

  /** Whether it is on. */
  @property({ type: Boolean }) checked = false;

  private _onChange(event: Event) {
    const checked = (event.target as HTMLInputElement).checked;
    this.checked = checked;
    this.dispatchEvent(new CustomEvent<SwitchDetail>('sw-switch', { detail: { checked }, bubbles: true, composed: true }));
  }

  override render() {
    return html`<label><input type="checkbox" role="switch" .checked=${this.checked} @change=${this._onChange} /><slot></slot></label>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-switch': SwSwitch;
  }
  interface HTMLElementEventMap {
    'sw-switch': CustomEvent<SwitchDetail>;
  }
}
