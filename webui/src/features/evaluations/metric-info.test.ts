import { describe, expect, it } from 'vitest';
import { evalLossStepText, metricInfo, stepText } from './metric-info.js';

describe('metric definitions', () => {
  it('says what each metric is and which way is better', () => {
    expect(metricInfo('accuracy').definition).toMatch(/Higher is better\.$/);
    expect(metricInfo('f1').definition).toMatch(/precision and recall.*Higher is better\.$/);
    expect(metricInfo('perplexity').definition).toMatch(/Lower is better\.$/);
    expect(metricInfo('evalLoss').definition).toMatch(/Lower is better\.$/);
  });

  it('says how F1 was averaged only when the Training API reports it', () => {
    expect(metricInfo('f1', { f1Average: 'macro' }).method).toBe('Averaged over classes as "macro", as the Training API reports.');
    expect(metricInfo('f1', { f1_average: 'weighted' }).method).toContain('"weighted"');
    expect(metricInfo('f1', { f1Average: 3, gpu: 'A10G' }).method).toBe('The Training API did not say how it averaged F1 over classes.');
  });

  it('gives the step measured at, or says it is unknown, never a guess', () => {
    expect(stepText(1200, 'en-US')).toBe('Measured at step 1,200.');
    expect(stepText(0, 'en-US')).toBe('Measured at step 0.');
    expect(stepText(null)).toBe('The Training API did not say at which step these were measured.');
    expect(stepText(undefined)).toBe('The Training API did not say at which step these were measured.');
    expect(stepText(Number.NaN)).toBe('The Training API did not say at which step these were measured.');
    expect(evalLossStepText(null)).toBe('Reported by the Training API without a step.');
    expect(evalLossStepText(40, 'en-US')).toBe('Measured at step 40.');
  });
});
