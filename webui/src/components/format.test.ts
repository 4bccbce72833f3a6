import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTime, formatPercent } from './format.js';

describe('formatting', () => {
  it('groups counts by locale', () => {
    expect(formatCount(12840, 'en-US')).toBe('12,840');
    expect(formatCount(12840, 'de-DE')).toBe('12.840');
    expect(formatCount(0, 'en-US')).toBe('0');
  });

  it('shows progress as a whole percent, clamped', () => {
    expect(formatPercent(0.456, 'en-US')).toBe('46%');
    expect(formatPercent(1.2, 'en-US')).toBe('100%');
    expect(formatPercent(-1, 'en-US')).toBe('0%');
    expect(formatPercent(undefined)).toBeNull();
    expect(formatPercent(Number.NaN)).toBeNull();
  });

  it('shows a readable local date and time, or null when unparseable', () => {
    expect(formatDateTime('2026-11-20T10:00:00Z', 'en-US', 'UTC')).toBe('Nov 20, 2026, 10:00 AM');
    expect(formatDateTime('2026-11-20T10:00:00Z', 'en-GB', 'Europe/Berlin')).toBe('20 Nov 2026, 11:00');
    expect(formatDateTime('yesterday')).toBeNull();
    expect(formatDateTime(undefined)).toBeNull();
  });
});
