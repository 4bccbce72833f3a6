/** Locale-aware display of numbers and dates; `locale` and `timeZone` exist for tests. */

/** `12345` → `12,345` in en-US. */
export function formatCount(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A 0..1 fraction as a whole percent (`0.456` → `46%`); null when not a number. */
export function formatPercent(fraction: unknown, locale?: string): string | null {
  if (typeof fraction !== 'number' || !Number.isFinite(fraction)) return null;
  const clamped = Math.min(1, Math.max(0, fraction));
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(clamped);
}

/** A readable local date and time for an RFC 3339 timestamp; null when it cannot be parsed. */
export function formatDateTime(iso: unknown, locale?: string, timeZone?: string): string | null {
  if (typeof iso !== 'string' || iso === '') return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}
