import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCompact,
  formatCount,
  formatEta,
  formatDateTime,
  formatDecimal,
  formatMetricPercent,
  formatPercent,
} from './format.js';

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
    expect(formatCompact(999_000, 'en-US')).toBe('999K');
    expect(formatCompact(360_000_000, 'en-US')).toBe('360M');
    expect(formatCompact(null)).toBeNull();
  });

  it('shows metrics as a percent with one decimal', () => {
    expect(formatMetricPercent(0.912, 'en-US')).toBe('91.2%');
    expect(formatMetricPercent(0.88, 'en-US')).toBe('88.0%');
    expect(formatMetricPercent(1, 'en-US')).toBe('100.0%');
    expect(formatMetricPercent(0.91249, 'de-DE')).toBe('91,2\u00a0%');
    expect(formatMetricPercent(undefined)).toBeNull();
    expect(formatMetricPercent('0.9')).toBeNull();
  });

  it('shows perplexity with two decimals', () => {
    expect(formatDecimal(7.254, 2, 'en-US')).toBe('7.25');
    expect(formatDecimal(12, 2, 'en-US')).toBe('12.00');
    expect(formatDecimal(1234.5, 2, 'en-US')).toBe('1,234.50');
    expect(formatDecimal(Number.POSITIVE_INFINITY, 2)).toBeNull();
    expect(formatDecimal(null, 2)).toBeNull();
  });
});

describe('formatEta', () => {
  it('says roughly how long is left, and nothing when unknown', () => {
    expect(formatEta(180)).toBe('About 3 min left');
    expect(formatEta(200)).toBe('About 3 min left');
    expect(formatEta(30)).toBe('Less than a minute left');
    expect(formatEta(3600)).toBe('About 1 h left');
    expect(formatEta(4800)).toBe('About 1 h 20 min left');
    expect([formatEta(null), formatEta(-1), formatEta(Number.NaN)]).toEqual([null, null, null]);
  });
});
