import { html, nothing } from 'lit';

/** A labelled text input or textarea with its hint and inline error, linked by id (`aria-describedby`). */
export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  error: string;
  hint?: string;
  multiline?: boolean;
  inputmode?: 'decimal' | 'numeric';
  onInput(value: string): void;
}

/** Renders a {@link TextFieldOptions} field in the calling element's shadow root. */
export function textField(o: TextFieldOptions): unknown {
  const describedBy = [o.hint && `${o.id}-hint`, o.error && `${o.id}-error`].filter(Boolean).join(' ') || nothing;
  const input = (e: Event) => o.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const invalid = o.error ? 'true' : 'false';
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    ${o.multiline
      ? html`<textarea id=${o.id} rows="3" aria-invalid=${invalid} aria-describedby=${describedBy} .value=${o.value} @input=${input}></textarea>`
      : html`<input id=${o.id} autocomplete="off" inputmode=${o.inputmode ?? nothing} aria-invalid=${invalid}
          aria-describedby=${describedBy} .value=${o.value} @input=${input} />`}
    ${o.hint ? html`<span id="${o.id}-hint" class="hint">${o.hint}</span>` : nothing}
    ${o.error ? html`<span id="${o.id}-error" class="error">${o.error}</span>` : nothing}
  </div>`;
}
