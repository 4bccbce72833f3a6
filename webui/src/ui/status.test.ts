import { describe, expect, it } from 'vitest';
import { isLive, statusLabel, statusTone } from './status.js';

describe('status badge mapping', () => {
  it.each([
    ['queued', 'neutral', 'Queued'],
    ['running', 'info', 'Running'],
    ['completed', 'success', 'Completed'],
    ['failed', 'danger', 'Failed'],
    ['cancelled', 'warning', 'Cancelled'],
  ])('%s → %s "%s"', (status, tone, label) => {
    expect(statusTone(status)).toBe(tone);
    expect(statusLabel(status)).toBe(label);
  });

  it('shows an unknown status as received, in a neutral badge', () => {
    expect(statusTone('paused_for_review')).toBe('neutral');
    expect(statusLabel('paused_for_review')).toBe('paused_for_review');
    expect(statusLabel('toString')).toBe('toString');
  });

  it('never crashes on missing values', () => {
    expect(statusLabel(undefined)).toBe('Unknown');
    expect(statusLabel('')).toBe('Unknown');
    expect(statusTone(42)).toBe('neutral');
  });

  it('calls only queued and running live: those can still change on their own', () => {
    expect(['queued', 'running', 'completed', 'failed', 'cancelled', 'paused', undefined].map(isLive)).toEqual([
      true, true, false, false, false, false, false,
    ]);
  });
});
