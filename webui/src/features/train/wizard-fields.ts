import { html, nothing } from 'lit';
import type { ExperimentDraft } from './experiment-wizard.js';

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

type TextKey = 'name' | 'description' | 'goal' | 'learningRate' | 'epochs' | 'batchSize';

/** The text fields of steps 1 and 5, with their labels (the accessible names) and hints. */
export const TEXT_FIELDS: Readonly<Record<number, readonly (Pick<TextFieldOptions, 'label' | 'hint' | 'multiline' | 'inputmode'> & { field: TextKey & keyof ExperimentDraft })[]>> = {
  1: [
    { field: 'name', label: 'Experiment name' },
    { field: 'description', label: 'Description', multiline: true, hint: 'Optional.' },
    { field: 'goal', label: 'Goal', multiline: true, hint: 'Optional: what this run should achieve.' },
  ],
  5: [
    { field: 'learningRate', label: 'Learning rate', inputmode: 'decimal', hint: 'Default 2e-5. Above 0, at most 1; scientific notation such as 2e-5 is fine.' },
    { field: 'epochs', label: 'Epochs', inputmode: 'numeric', hint: 'Default 3. A whole number from 1 to 1,000.' },
    { field: 'batchSize', label: 'Batch size', inputmode: 'numeric', hint: 'Default 8. A whole number from 1 to 65,536.' },
  ],
};
