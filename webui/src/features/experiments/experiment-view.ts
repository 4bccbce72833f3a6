import { html, nothing } from 'lit';
import type { ExperimentSummary } from '../../api/types.js';
import { experimentHref } from '../../app/router.js';
import { dateCell } from '../../ui/cells.js';
import type { Choice } from '../../ui/labels.js';
import type { Column } from '../../ui/sw-data-table.js';
import '../../ui/sw-progress-bar.js';
import '../../ui/sw-status-badge.js';

/** The statuses the Status filter offers. */
export const EXPERIMENT_STATUSES: readonly Choice[] = [
  { value: 'queued', label: 'Queued' },
  { value: 'running', label: 'Running' },
  { value: 'completed', label: 'Completed' },
  { value: 'failed', label: 'Failed' },
  { value: 'cancelled', label: 'Cancelled' },
];

/** The fields the experiment list can be sorted by. */
export const EXPERIMENT_SORT_FIELDS: readonly string[] = ['name', 'status', 'createdAt'];

const nameOf = (e: ExperimentSummary) => e.name || e.id;

/** The status badge, and below it a labelled progress bar while the run is running. */
function statusCell(e: ExperimentSummary): unknown {
  return html`<sw-status-badge status=${e.status}></sw-status-badge>${e.status === 'running'
      ? html`<br /><sw-progress-bar .value=${e.progress ?? null} label=${`Progress of ${nameOf(e)}`}></sw-progress-bar>`
      : nothing}`;
}

/**
 * The Experiments table: Experiment name (the link to its page), Status (with progress while
 * running), Base model, Dataset, Created. No "View details" column: it repeated the name's link.
 * On a narrow screen Dataset goes first, then Created, then Base model; the status always stays.
 */
export function experimentColumns(): Column<ExperimentSummary>[] {
  return [
    { header: 'Experiment name', cell: nameOf, sortKey: 'name', href: (e) => experimentHref(e.id), truncate: true },
    { header: 'Status', cell: statusCell, sortKey: 'status', priority: 1 },
    { header: 'Base model', cell: (e) => e.baseModelName || e.baseModelId || '—', priority: 2, truncate: true },
    { header: 'Dataset', cell: (e) => e.trainingDatasetName || e.trainingDatasetId || '—', priority: 4, truncate: true },
    { header: 'Created', cell: (e) => dateCell(e.createdAt), sortKey: 'createdAt', priority: 3 },
  ];
}
