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

/** A 0..1 metric (accuracy, F1) as a percent with one decimal: `0.912` → `91.2%`; null when not a number. */
export function formatMetricPercent(fraction: unknown, locale?: string): string | null {
  if (typeof fraction !== 'number' || !Number.isFinite(fraction)) return null;
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(fraction);
}

/** A number with exactly `digits` decimals (perplexity: `7.254` → `7.25`); null when not a number. */
export function formatDecimal(value: unknown, digits: number, locale?: string): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A readable local date and time for an RFC 3339 timestamp; null when it cannot be parsed. */
export function formatDateTime(iso: unknown, locale?: string, timeZone?: string): string | null {
  if (typeof iso !== 'string' || iso === '') return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size in decimal units: `1400000` → `1.4 MB`; null when not a number. */
export function formatBytes(bytes: unknown, locale?: string): string | null {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return null;
  const power = bytes < 1000 ? 0 : Math.min(BYTE_UNITS.length - 1, Math.floor(Math.log10(bytes) / 3));
  const value = bytes / 1000 ** power;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: BYTE_UNITS[power],
    unitDisplay: power === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 && power > 0 ? 1 : 0,
  }).format(value);
}

/** A large count in short form: `135000000` → `135M`, `1200000000` → `1.2B`; null when not a number. */
export function formatCompact(value: unknown, locale?: string): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Time left as a sentence: `About 3 min left`, `About 1 h 20 min left`; null when unknown. */
export function formatEta(seconds: unknown): string | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 60) return 'Less than a minute left';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `About ${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `About ${hours} h left` : `About ${hours} h ${rest} min left`;
}
