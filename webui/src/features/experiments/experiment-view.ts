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

/** The Experiments table: Experiment name, Status (with progress while running), Base model, Dataset, Created, Actions. */
export function experimentColumns(): Column<ExperimentSummary>[] {
  return [
    { header: 'Experiment name', cell: nameOf, sortKey: 'name', href: (e) => experimentHref(e.id) },
    { header: 'Status', cell: statusCell, sortKey: 'status' },
    { header: 'Base model', cell: (e) => e.baseModelName || e.baseModelId || '—' },
    { header: 'Dataset', cell: (e) => e.trainingDatasetName || e.trainingDatasetId || '—' },
    { header: 'Created', cell: (e) => dateCell(e.createdAt), sortKey: 'createdAt' },
    {
      header: 'Actions',
      cell: (e) =>
        html`<a href=${experimentHref(e.id)}>View details<span class="visually-hidden"> of ${nameOf(e)}</span></a>`,
    },
  ];
}
