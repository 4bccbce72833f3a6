import { describe, expect, it } from 'vitest';
import { formatBytes, formatCompact, formatCount, formatDateTime, formatPercent } from './format.js';

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

  it('shows sizes in decimal units', () => {
    expect(formatBytes(1_400_000, 'en-US')).toBe('1.4 MB');
    expect(formatBytes(512, 'en-US')).toBe('512 bytes');
    expect(formatBytes(25_300, 'en-US')).toBe('25 kB');
    expect(formatBytes(2_147_483_648, 'en-US')).toBe('2.1 GB');
    expect(formatBytes(-1)).toBeNull();
    expect(formatBytes('12')).toBeNull();
  });

  it('shows parameter counts in short form', () => {
    expect(formatCompact(135_000_000, 'en-US')).toBe('135M');
    expect(formatCompact(1_230_000_000, 'en-US')).toBe('1.2B');
    expect(formatCompact(null)).toBeNull();
  });
});
