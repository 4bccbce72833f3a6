/** One value of a closed set and the words the UI shows for it. */
export interface Choice {
  value: string;
  label: string;
}

export const DATASET_TYPES: readonly Choice[] = [
  { value: 'training', label: 'Training' },
  { value: 'evaluation', label: 'Evaluation' },
];

export const MODEL_TYPES: readonly Choice[] = [
  { value: 'base', label: 'Base' },
  { value: 'fine_tuned', label: 'Fine-tuned' },
];

/** The label of a value; a value the app does not know yet is shown exactly as received. */
export function choiceLabel(choices: readonly Choice[], value: unknown): string {
  const known = choices.find((choice) => choice.value === value);
  if (known) return known.label;
  return typeof value === 'string' && value.trim() !== '' ? value : '—';
}

/** A filter's options: All, then each choice. */
export function filterOptions(choices: readonly Choice[]): Choice[] {
  return [{ value: '', label: 'All' }, ...choices];
}
