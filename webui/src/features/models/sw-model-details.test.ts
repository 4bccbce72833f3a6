import { afterEach, describe, expect, it } from 'vitest';
import type { Model, ModelDetail } from '../../api/types.js';
import { lineageSteps } from './sw-model-lineage.js';
import { EVALUATION_COLUMNS } from './sw-model-evaluations.js';
import { metadataDetails, modelDetails } from './sw-model-details.js';
import './sw-model-details.js';

const base = { id: 'm-base', name: 'SmolLM2', type: 'base', version: '1', latest: true } as Model;
const tuned = {
  id: 'm-1',
  name: 'Support bot',
  type: 'fine_tuned',
  version: '2',
  latest: false,
  architecture: 'llama',
  parameterCount: 135_000_000,
  createdAt: '2026-11-21T10:00:00Z',
  metadata: { license: 'apache-2.0', quantised: false, layers: 30, tags: ['a'] },
  baseModelId: 'm-base',
  experimentId: 'exp-1',
} as unknown as Model;
const experiment = { id: 'exp-1', name: 'Support run' } as ModelDetail['experiment'];
const href = (id: string) => `/models/${id}?q=x`;

afterEach(() => document.body.replaceChildren());

describe('model lineage', () => {
  it('goes base model → experiment → this model, each a link', () => {
    const steps = lineageSteps({ model: tuned, baseModel: base, experiment, evaluations: [] }, href);
    expect(steps).toEqual([
      { kind: 'Base model', name: 'SmolLM2', href: '/models/m-base?q=x' },
      { kind: 'Experiment', name: 'Support run', href: '/experiments/exp-1' },
      { kind: 'This model', name: 'Support bot', href: '/models/m-1?q=x' },
    ]);
  });

  it('names a linked item the server could not load by its id', () => {
    const steps = lineageSteps({ model: tuned, baseModel: null, experiment: null, evaluations: [] }, href);
    expect(steps.map((s) => [s.name, s.href])).toEqual([
      ['m-base', '/models/m-base?q=x'],
      ['exp-1', '/experiments/exp-1'],
      ['Support bot', '/models/m-1?q=x'],
    ]);
  });

  it('is the model alone for a base model, marked as the current one', async () => {
    const lineage = document.createElement('sw-model-lineage');
    lineage.detail = { model: base, baseModel: null, experiment: null, evaluations: [] };
    document.body.append(lineage);
    await lineage.updateComplete;
    const links = lineage.shadowRoot!.querySelectorAll('ol a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('aria-current')).toBe('page');
    expect(links[0].getAttribute('href')).toBe('/models/m-base');
    expect(lineage.shadowRoot!.textContent).toContain('Not trained from another model here.');
  });
});

describe('model evaluations', () => {
  const cells = (metrics: object) =>
    EVALUATION_COLUMNS.slice(1).map((c) => c.cell({ id: 'ev', metrics } as never));

  it('shows Accuracy and F1 as percents with one decimal, Perplexity with two, a dash when missing', () => {
    expect(cells({ accuracy: 0.912, f1: 0.8, perplexity: 7.254 })).toEqual(['91.2%', '80.0%', '7.25']);
    expect(cells({ accuracy: 0.5 })).toEqual(['50.0%', '—', '—']);
    expect(EVALUATION_COLUMNS.slice(1).map((c) => c.cell({ id: 'ev' } as never))).toEqual(['—', '—', '—']);
  });

  it('links each evaluation to the Evaluations page', () => {
    expect(EVALUATION_COLUMNS[0].href?.({ id: 'ev 1' } as never)).toBe('/evaluations/ev%201');
  });

  it('says so when there are none', async () => {
    const element = document.createElement('sw-model-evaluations');
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).toContain('This model has no evaluations yet.');
  });
});

describe('model details', () => {
  it('lists type, version, architecture and metadata as text', () => {
    const items = modelDetails(tuned);
    expect(items.map(([term]) => term)).toEqual(['Model type', 'Version', 'Architecture', 'Parameters', 'Created', 'ID']);
    expect(items[0][1]).toBe('Fine-tuned');
    expect(modelDetails(base)[1][1]).toBe('1 (latest)');
    expect(metadataDetails(tuned)).toEqual([
      ['license', 'apache-2.0'],
      ['quantised', 'false'],
      ['layers', '30'],
      ['tags', '["a"]'],
    ]);
  });

  it('shows the description as text, and every section', async () => {
    const details = document.createElement('sw-model-details');
    details.detail = {
      model: { ...tuned, description: '<script>alert(1)</script> Answers chats.' },
      baseModel: base,
      experiment,
      evaluations: [],
    };
    document.body.append(details);
    await details.updateComplete;
    const root = details.shadowRoot!;
    expect(root.querySelector('p')?.textContent).toBe('<script>alert(1)</script> Answers chats.');
    expect(root.querySelector('script')).toBeNull();
    expect(Array.from(root.querySelectorAll('h3'), (h) => h.textContent)).toEqual(['Metadata', 'Lineage', 'Evaluations']);
  });
});
