import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';

/** One option: its value (an id) and the text shown. */
export interface ComboOption {
  value: string;
  label: string;
}

/** Detail of `sw-change`. */
export interface ComboDetail {
  value: string;
}

/** The options whose text contains the typed text, case-insensitively; all when nothing is typed. */
export function filterCombo(options: readonly ComboOption[], text: string): ComboOption[] {
  const q = text.trim().toLocaleLowerCase();
  return q === '' ? [...options] : options.filter((o) => o.label.toLocaleLowerCase().includes(q));
}

/**
 * A searchable single choice (the ARIA combobox pattern): type to narrow the options, arrow keys
 * to move, Enter to choose, Escape to close. The first option is "All", which clears the filter.
 * @fires sw-change - The user chose an option; `detail.value` is its value ('' for All).
 */
@customElement('sw-combobox')
export class SwCombobox extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: var(--sw-space-1);
        position: relative;
        font-size: var(--sw-text-sm);
      }

      label {
        font-weight: 600;
      }

      input {
        width: 100%;
        min-height: 2.5rem;
        padding: 0 var(--sw-space-3);
        border: 1px solid var(--sw-border-strong);
        border-radius: var(--sw-radius-sm);
        background: var(--sw-surface);
        color: var(--sw-text);
        font: inherit;
      }

      [role='listbox'] {
        position: absolute;
        top: 100%;
        z-index: 10;
        width: 100%;
        max-height: 16rem;
        margin: var(--sw-space-1) 0 0;
        padding: var(--sw-space-1);
        overflow: auto;
        list-style: none;
        border: 1px solid var(--sw-border-strong);
        border-radius: var(--sw-radius-sm);
        background: var(--sw-surface);
        box-shadow: var(--sw-shadow-overlay);
      }

      [role='option'] {
        padding: var(--sw-space-2) var(--sw-space-3);
        border-radius: var(--sw-radius-sm);
        cursor: pointer;
      }

      [role='option'][aria-selected='true'] {
        font-weight: 650;
      }

      [role='option'].active {
        background: var(--sw-accent-soft);
        outline: 2px solid var(--sw-focus);
        outline-offset: -2px;
      }

      .none {
        margin: 0;
        padding: var(--sw-space-2) var(--sw-space-3);
        color: var(--sw-text-muted);
      }
    `,
  ];

  /** The visible label and accessible name, e.g. "Experiment". */
  @property() label = '';

  /** The choices (without "All", which is always first). */
  @property({ attribute: false }) options: ComboOption[] = [];

  /** The chosen value; '' is All. */
  @property() value = '';

  /** The text of the All option, e.g. "All experiments". */
  @property() allLabel = 'All';

  @state() private _open = false;
  @state() private _text = '';
  @state() private _active = 0;

  private _choices(): ComboOption[] {
    return [{ value: '', label: this.allLabel }, ...filterCombo(this.options, this._text)];
  }

  private _shownText(): string {
    if (this.value === '') return '';
    return this.options.find((o) => o.value === this.value)?.label ?? this.value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('value') || changed.has('options')) && !this._open) this._text = this._shownText();
  }

  private _input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  private _show(text = this._text) {
    this._open = true;
    this._text = text;
    const index = this._choices().findIndex((o) => o.value === this.value);
    this._active = Math.max(0, index);
  }

  private _close(restore = true) {
    this._open = false;
    if (restore) this._text = this._shownText();
  }

  private _choose(option: ComboOption) {
    this._open = false;
    this._text = option.value === '' ? '' : option.label;
    if (option.value !== this.value) {
      this.dispatchEvent(new CustomEvent<ComboDetail>('sw-change', { detail: { value: option.value }, bubbles: true, composed: true }));
    }
  }

  private _onInput(event: Event) {
    this._open = true;
    this._text = (event.target as HTMLInputElement).value;
    this._active = this._choices().length > 1 ? 1 : 0;
  }

  private _onKey(event: KeyboardEvent) {
    const choices = this._choices();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!this._open) return this._show();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this._active = (this._active + step + choices.length) % choices.length;
        return this._scrollToActive();
      }
      case 'Enter':
        if (!this._open) return;
        event.preventDefault();
        if (choices[this._active]) this._choose(choices[this._active]);
        return;
      case 'Escape':
        if (this._open) {
          event.preventDefault();
          event.stopPropagation();
          this._close();
        }
        return;
      default:
    }
  }

  private async _scrollToActive() {
    await this.updateComplete;
    this.renderRoot.querySelector('.active')?.scrollIntoView?.({ block: 'nearest' });
  }

  override render() {
    const choices = this._open ? this._choices() : [];
    const active = this._open && choices[this._active] ? `option-${this._active}` : '';
    return html`<label for="input">${this.label}</label>
      <input
        id="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        placeholder=${this.allLabel}
        aria-autocomplete="list"
        aria-expanded=${this._open ? 'true' : 'false'}
        aria-controls="listbox"
        aria-activedescendant=${active || nothing}
        .value=${this._text}
        @input=${this._onInput}
        @keydown=${this._onKey}
        @click=${() => !this._open && this._show('')}
        @blur=${() => this._close()}
      />
      <ul id="listbox" role="listbox" aria-label=${this.label} ?hidden=${!this._open}>
        ${choices.map(
          (o, i) => html`<li
            id=${`option-${i}`}
            role="option"
            class=${i === this._active ? 'active' : ''}
            aria-selected=${o.value === this.value ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this._choose(o)}
          >
            ${o.label}
          </li>`,
        )}
      </ul>
      <p class="none" aria-live="polite" ?hidden=${!(this._open && choices.length === 1 && this._text.trim() !== '')}>
        ${this._open && choices.length === 1 ? `No ${this.label.toLowerCase()} matches “${this._text.trim()}”.` : ''}
      </p>`;
  }

  /** Focuses the text box. */
  override focus() {
    this._input()?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sw-combobox': SwCombobox;
  }
  interface HTMLElementEventMap {
    'sw-change': CustomEvent<ComboDetail>;
  }
}
