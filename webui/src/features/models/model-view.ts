import { html } from 'lit';
import type { Model } from '../../api/types.js';
import { dateCell, parameterCell } from '../../ui/cells.js';
import { choiceLabel, MODEL_TYPES } from '../../ui/labels.js';
import type { Column } from '../../ui/sw-data-table.js';
import '../../ui/sw-simulated.js';

/** The fields the model list can be sorted by (`sort=parameterCount`, `sort=-createdAt`). */
export const MODEL_SORT_FIELDS: readonly string[] = ['name', 'type', 'version', 'architecture', 'parameterCount', 'createdAt'];

/** A model's type; a fine-tuned one from the sandbox carries the "Simulated" chip. */
function typeCell(m: Model): unknown {
  const label = choiceLabel(MODEL_TYPES, m.type);
  return m.type === 'fine_tuned' ? html`${label} <sw-simulated></sw-simulated>` : label;
}

/** A model's version, and "(not the latest)" when the Training API says a newer one exists. */
export function versionText(m: Model): string {
  const version = m.version || '—';
  return m.latest === false ? `${version} (not the latest)` : version;
}

/**
 * The Models table: Model name (opens the drawer at `itemHref`), Model type, Version, Architecture,
 * Parameters, Created. No "Latest" column: it said "Latest" on nearly every row; a version that is
 * not the latest says so in its cell, and the drawer says which one is. On a narrow screen
 * Version goes first, then Created and Architecture.
 */
export function modelColumns(itemHref: (id: string) => string): Column<Model>[] {
  return [
    { header: 'Model name', cell: (m) => m.name || m.id, sortKey: 'name', href: (m) => itemHref(m.id), truncate: true },
    { header: 'Model type', cell: typeCell, sortKey: 'type', priority: 2 },
    { header: 'Version', cell: versionText, sortKey: 'version', priority: 4 },
    { header: 'Architecture', cell: (m) => m.architecture || '—', sortKey: 'architecture', priority: 3, truncate: true },
    { header: 'Parameters', cell: (m) => parameterCell(m.parameterCount), align: 'end', sortKey: 'parameterCount', priority: 2 },
    { header: 'Created', cell: (m) => dateCell(m.createdAt), sortKey: 'createdAt', priority: 3 },
  ];
}
