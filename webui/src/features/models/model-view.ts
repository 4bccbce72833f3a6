import { html } from 'lit';
import type { Model } from '../../api/types.js';
import { dateCell, parameterCell } from '../../ui/cells.js';
import { choiceLabel, MODEL_TYPES } from '../../ui/labels.js';
import type { Column } from '../../ui/sw-data-table.js';
import '../../ui/sw-badge.js';

/** The fields the model list can be sorted by (`sort=parameterCount`, `sort=-createdAt`). */
export const MODEL_SORT_FIELDS: readonly string[] = ['name', 'type', 'version', 'architecture', 'parameterCount', 'createdAt'];

/** The Models table: Model name (opens the drawer at `itemHref`), Model type, Version, Architecture, Parameters, Created, Latest. */
export function modelColumns(itemHref: (id: string) => string): Column<Model>[] {
  return [
    { header: 'Model name', cell: (m) => m.name || m.id, sortKey: 'name', href: (m) => itemHref(m.id) },
    { header: 'Model type', cell: (m) => choiceLabel(MODEL_TYPES, m.type), sortKey: 'type' },
    { header: 'Version', cell: (m) => m.version || '—', sortKey: 'version' },
    { header: 'Architecture', cell: (m) => m.architecture || '—', sortKey: 'architecture' },
    { header: 'Parameters', cell: (m) => parameterCell(m.parameterCount), align: 'end', sortKey: 'parameterCount' },
    { header: 'Created', cell: (m) => dateCell(m.createdAt), sortKey: 'createdAt' },
    { header: 'Latest', cell: (m) => (m.latest === true ? html`<sw-badge>Latest</sw-badge>` : '') },
  ];
}
