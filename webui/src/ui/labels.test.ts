import { describe, expect, it } from 'vitest';
import { choiceLabel, DATASET_TYPES, filterOptions, MODEL_TYPES } from './labels.js';

describe('labels', () => {
  it('names known values and shows new ones as received', () => {
    expect(choiceLabel(MODEL_TYPES, 'fine_tuned')).toBe('Fine-tuned');
    expect(choiceLabel(DATASET_TYPES, 'evaluation')).toBe('Evaluation');
    expect(choiceLabel(DATASET_TYPES, 'synthetic')).toBe('synthetic');
    expect(choiceLabel(DATASET_TYPES, undefined)).toBe('—');
  });

  it('offers All first in a filter', () => {
    expect(filterOptions(MODEL_TYPES).map((o) => o.label)).toEqual(['All', 'Base', 'Fine-tuned']);
  });
});
