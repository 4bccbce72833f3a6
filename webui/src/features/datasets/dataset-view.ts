import { html } from 'lit';
import { datasetDownloadUrl } from '../../api/datasets.js';
import type { Dataset } from '../../api/types.js';
import { dateCell } from '../../ui/cells.js';
import { formatBytes, formatCount } from '../../ui/format.js';
import { choiceLabel, DATASET_TYPES } from '../../ui/labels.js';
import type { Column } from '../../ui/sw-data-table.js';

/** The fields the dataset list can be sorted by (`sort=rowCount`, `sort=-createdAt`). */
export const DATASET_SORT_FIELDS: readonly string[] = ['name', 'type', 'rowCount', 'createdAt', 'sizeBytes'];

const rows = (n: number | null) => (typeof n === 'number' ? formatCount(n) : '—');
const nameOf = (d: Dataset) => d.name || d.id;

/** The Download link of a row; its accessible name says which dataset ("Download Support chats"). */
export function downloadCell(d: Dataset): unknown {
  return html`<a href=${datasetDownloadUrl(d.id)} download aria-label=${`Download ${nameOf(d)}`}>Download</a>`;
}

/**
 * The Datasets table: Name (opens the drawer at `itemHref`), Type, Row count, Upload date, Size,
 * Download. On a narrow screen the dates and sizes go first (the drawer shows them).
 */
export function datasetColumns(itemHref: (id: string) => string): Column<Dataset>[] {
  return [
    { header: 'Name', cell: nameOf, sortKey: 'name', href: (d) => itemHref(d.id), truncate: true },
    { header: 'Type', cell: (d) => choiceLabel(DATASET_TYPES, d.type), sortKey: 'type', priority: 2 },
    { header: 'Row count', cell: (d) => rows(d.rowCount), align: 'end', sortKey: 'rowCount', priority: 2 },
    { header: 'Upload date', cell: (d) => dateCell(d.createdAt), sortKey: 'createdAt', priority: 3 },
    { header: 'Size', cell: (d) => formatBytes(d.sizeBytes) ?? '—', align: 'end', sortKey: 'sizeBytes', priority: 3 },
    { header: 'Actions', cell: downloadCell, priority: 2 },
  ];
}
