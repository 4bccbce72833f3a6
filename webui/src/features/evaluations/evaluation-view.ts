import { html, type TemplateResult } from 'lit';
import type { EvaluationMetrics, EvaluationRow } from '../../api/evaluations.js';
import { dateCell } from '../../ui/cells.js';
import { formatCount, formatDateTime, formatDecimal, formatMetricPercent } from '../../ui/format.js';
import type { Column } from '../../ui/sw-data-table.js';
import { evaluationHref } from '../../app/router.js';
import { OPTIONAL_COLUMNS, type OptionalColumn } from './column-choice.js';

/** At most this many evaluations are selected (and compared) at once. */
export const MAX_SELECTED = 8;

/** The fields the evaluations list sorts by: the date, each metric and the evaluation loss (the BFF sorts whatever the upstream can). */
export const EVALUATION_SORT_FIELDS = ['createdAt', 'accuracy', 'f1', 'perplexity', 'evalLoss'] as const;

/** The metrics, in the order they are shown; `better` says which way is best. */
export const METRICS = [
  { key: 'accuracy', label: 'Accuracy', better: 'higher' },
  { key: 'f1', label: 'F1', better: 'higher' },
  { key: 'perplexity', label: 'Perplexity', better: 'lower' },
] as const;

export type MetricKey = (typeof METRICS)[number]['key'];

/** A metric for reading: Accuracy and F1 as a percent with one decimal, Perplexity with two decimals, else "—". */
export function metricText(key: MetricKey, metrics: EvaluationMetrics | null | undefined, locale?: string): string {
  const value = metrics?.[key];
  const text = key === 'perplexity' ? formatDecimal(value, 2, locale) : formatMetricPercent(value, locale);
  return text ?? '—';
}

/** `trainRuntimeSeconds` → "Train runtime seconds", `eval_loss` → "Eval loss", `totalFLOPs` → "Total FLOPs". */
export function statLabel(key: string): string {
  const words = key
    .replace(/[_\-.]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z](?!s(?![a-z]))[a-z])/g, '$1 $2')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word, i) => (/^[A-Z0-9]+s?$/.test(word) && word.length > 1 ? word : i === 0 ? word : word.toLowerCase()));
  if (words.length === 0) return key;
  const first = words[0];
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return words.join(' ');
}

/** A training statistic for reading: a number with grouping and at most four decimals, text as given. */
export function statText(value: number | string, locale?: string): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '—';
    if (Number.isInteger(value)) return formatCount(value, locale);
    const digits = Math.abs(value) < 0.01 ? 6 : 4;
    return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  }
  return value;
}

/** A name, or the id when the name cannot be had. */
export function nameOrId(name: string | null | undefined, id: string | null | undefined): string {
  return name && name.trim() !== '' ? name : (id ?? '—');
}

/** `a,b,,a` → `['a', 'b']`: the selection from the URL, without blanks or repeats, at most {@link MAX_SELECTED}. */
export function parseIds(value: string): string[] {
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return [...new Set(ids)].slice(0, MAX_SELECTED);
}

/** The selection after ticking or unticking one id; a ninth tick changes nothing. */
export function toggleId(selected: readonly string[], id: string, on: boolean): string[] {
  if (!on) return selected.filter((s) => s !== id);
  if (selected.includes(id) || selected.length >= MAX_SELECTED) return [...selected];
  return [...selected, id];
}

/** A short name for an evaluation row: experiment and date, for checkbox labels. */
export function rowLabel(row: EvaluationRow): string {
  return `${nameOrId(row.experimentName, row.experimentId ?? row.id)}, evaluated ${formatDateTime(row.createdAt) ?? row.createdAt ?? 'at an unknown time'}`;
}

/** What a checkbox cell needs from the page. */
export interface Selection {
  ids: readonly string[];
  toggle(id: string, on: boolean): void;
}

/** A name as a link to its page, or the id as text when there is no page to go to. */
export function nameLink(base: '/experiments' | '/models' | '/datasets', id: string | null | undefined,
  name: string | null | undefined): TemplateResult | string {
  const text = nameOrId(name, id);
  // `clip`: in a truncating table column the link itself is cut with an ellipsis, its full name the tooltip.
  return id ? html`<a class="clip" href="${base}/${encodeURIComponent(id)}" title=${text}>${text}</a>` : text;
}

/** An optional column's value for reading: a loss with four decimals, a learning rate as given, counts whole. */
export function optionalText(key: OptionalColumn, row: EvaluationRow, locale?: string): string {
  const value = row[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  if (key === 'evalLoss') return formatDecimal(value, 4, locale) ?? '—';
  if (key === 'learningRate') return statText(value, locale);
  return formatCount(value, locale);
}

/** The list's columns: a Select checkbox, the three names (links), the metrics (sortable), the optional columns and the date (a link to the evaluation). */
export function evaluationColumns(selection: Selection, optional: readonly OptionalColumn[] = []): Column<EvaluationRow>[] {
  const full = selection.ids.length >= MAX_SELECTED;
  return [
    {
      header: 'Select',
      cell: (row) => {
        const checked = selection.ids.includes(row.id);
        return html`<input
          type="checkbox"
          class="select"
          aria-label=${`Select ${rowLabel(row)}`}
          .checked=${checked}
          ?disabled=${full && !checked}
          @change=${(e: Event) => selection.toggle(row.id, (e.target as HTMLInputElement).checked)}
        />`;
      },
    },
    { header: 'Experiment', cell: (r) => nameLink('/experiments', r.experimentId, r.experimentName), truncate: true, priority: 1 },
    { header: 'Model', cell: (r) => nameLink('/models', r.modelId, r.modelName), truncate: true, priority: 3 },
    { header: 'Dataset', cell: (r) => nameLink('/datasets', r.datasetId, r.datasetName), truncate: true, priority: 4 },
    ...METRICS.map((m) => ({
      header: m.label,
      cell: (r: EvaluationRow) => metricText(m.key, r.metrics),
      align: 'end' as const,
      sortKey: m.key,
      priority: 2,
    })),
    ...OPTIONAL_COLUMNS.filter((c) => optional.includes(c.key)).map((c) => ({
      header: c.label,
      cell: (r: EvaluationRow) => optionalText(c.key, r),
      align: 'end' as const,
      // Chosen on purpose: as important as the metrics when the table must drop columns.
      priority: 2,
      ...(c.key === 'evalLoss' ? { sortKey: 'evalLoss' } : {}),
    })),
    { header: 'Created', cell: (r) => dateCell(r.createdAt), sortKey: 'createdAt', href: (r) => evaluationHref(r.id), priority: 3 },
  ];
}
