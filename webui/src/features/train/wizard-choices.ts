import { listDatasets } from '../../api/datasets.js';
import type { Page } from '../../api/list.js';
import { listModels } from '../../api/models.js';
import type { WizardField } from './experiment-wizard.js';
import { formatCompact, formatCount } from '../../ui/format.js';
import type { ChoiceItem } from './sw-choice-list.js';
import { describeSchema } from '../../ui/dataset-layouts.js';

/** The base models matching a search, with architecture and size: `llama · 135M parameters`. */
export async function baseModelChoices(q: string, limit: number, signal: AbortSignal): Promise<Page<ChoiceItem>> {
  const page = await listModels({ type: 'base', q, limit, sort: 'name' }, signal);
  return {
    total: page.total,
    items: page.items.map((m) => {
      const size = formatCompact(m.parameterCount);
      const parts = [m.architecture, size && `${size} parameters`, m.version && `version ${m.version}`].filter(Boolean);
      return { id: m.id, name: m.name || m.id, detail: parts.join(' · ') };
    }),
  };
}

/** The datasets of one type (`training`, `evaluation`) matching a search, with their row counts. */
export function datasetChoices(type: string) {
  return async (q: string, limit: number, signal: AbortSignal): Promise<Page<ChoiceItem>> => {
    const page = await listDatasets({ type, q, limit, sort: 'name' }, signal);
    return {
      total: page.total,
      items: page.items.map((d) => {
        const rows = typeof d.rowCount === 'number' ? `${formatCount(d.rowCount)} ${d.rowCount === 1 ? 'row' : 'rows'}` : 'Rows not counted yet';
        const layout = describeSchema(d.schema);
        return {
          id: d.id,
          name: d.name || d.id,
          detail: d.schema?.kind ? `${rows} · ${layout.split(' — ')[0]}` : `${rows} · format not checked`,
          kind: d.schema?.kind ?? null,
          layout: d.schema?.kind ? layout : 'Not checked',
        };
      }),
    };
  };
}

/** A choice step: the field it fills, where the draft keeps it, its list and what to do when the list is empty. */
export interface ChoiceStep {
  field: WizardField;
  draft: 'baseModel' | 'trainingDataset' | 'evaluationDataset';
  label: string;
  load: (q: string, limit: number, signal: AbortSignal) => Promise<Page<ChoiceItem>>;
  link: string;
  href: string;
}

/** Steps 2–4 of the wizard. The loaders are made once, so a re-render never reloads a list. */
export const CHOICE_STEPS: Readonly<Record<number, ChoiceStep>> = {
  2: { field: 'baseModelId', draft: 'baseModel', label: 'Base model', load: baseModelChoices, link: 'See the base models on the Models page', href: '/models' },
  3: { field: 'trainingDatasetId', draft: 'trainingDataset', label: 'Training dataset', load: datasetChoices('training'), link: 'Upload a training dataset first', href: '/datasets' },
  4: { field: 'evaluationDatasetId', draft: 'evaluationDataset', label: 'Evaluation dataset', load: datasetChoices('evaluation'), link: 'Upload an evaluation dataset first', href: '/datasets' },
};

