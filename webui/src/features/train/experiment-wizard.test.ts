import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import {
  cloneDraft, firstErrorStep, isStepValid, newDraft, parseNumber, reachableStep, serverErrors, stepErrors, stepOf,
  toNewExperiment, validateDraft, type ExperimentDraft, pairWarning } from './experiment-wizard.js';

const complete: ExperimentDraft = {
  ...newDraft('k'),
  name: '  Support bot ',
  baseModel: { id: 'm', name: 'SmolLM2' },
  trainingDataset: { id: 't', name: 'Chats' },
  evaluationDataset: { id: 'v', name: 'Held out' },
};

describe('parseNumber', () => {
  it('accepts decimal and scientific notation only', () => {
    expect([parseNumber('2e-5'), parseNumber('0.0001'), parseNumber(' 3 '), parseNumber('.5'), parseNumber('1E-3')]).toEqual([2e-5, 0.0001, 3, 0.5, 0.001]);
    expect([parseNumber(''), parseNumber('abc'), parseNumber('1e999'), parseNumber('-1'), parseNumber('0x10'), parseNumber('1,5')]).toEqual([null, null, null, null, null, null]);
  });
});

describe('step validation', () => {
  it('starts with defaults that are valid and a name that is not', () => {
    const draft = newDraft('k');
    expect([draft.learningRate, draft.epochs, draft.batchSize]).toEqual(['2e-5', '3', '8']);
    expect(stepErrors(1, draft)).toEqual({ name: 'Enter a name for the experiment.' });
    expect(isStepValid(5, draft)).toBe(true);
    expect(isStepValid(1, { ...draft, name: '   ' })).toBe(false);
  });

  it('checks each step for its own fields only', () => {
    const draft = { ...newDraft('k'), name: 'x' };
    expect(isStepValid(1, draft)).toBe(true);
    expect(Object.keys(stepErrors(2, draft))).toEqual(['baseModelId']);
    expect(Object.keys(stepErrors(4, draft))).toEqual(['evaluationDatasetId']);
    expect(Object.keys(stepErrors(6, draft))).toEqual(['baseModelId', 'trainingDatasetId', 'evaluationDatasetId']);
    expect(isStepValid(6, complete)).toBe(true);
  });

  it('enforces the server rules on the configuration', () => {
    const errors = (patch: Partial<ExperimentDraft>) => validateDraft({ ...complete, ...patch });
    expect(errors({ learningRate: '0' }).learningRate).toBe('The learning rate must be above 0 and at most 1.');
    expect(errors({ learningRate: '1.5' }).learningRate).toBeDefined();
    expect(errors({ learningRate: 'fast' }).learningRate).toMatch(/as a number/);
    expect(errors({ learningRate: '1' }).learningRate).toBeUndefined();
    expect(errors({ epochs: '2.5' }).epochs).toBe('Enter the number of epochs as a whole number.');
    expect(errors({ epochs: '1001' }).epochs).toBe('The number of epochs must be from 1 to 1,000.');
    expect(errors({ batchSize: '65537' }).batchSize).toBe('The batch size must be from 1 to 65,536.');
    expect(errors({ batchSize: '' }).batchSize).toBe('Enter the batch size.');
    expect(errors({ name: 'x'.repeat(201) }).name).toMatch(/at most 200/);
  });

  it('takes the texts the server takes, counted in characters (an emoji is one)', () => {
    const errors = (patch: Partial<ExperimentDraft>) => validateDraft({ ...complete, ...patch });
    const emoji = '\u{1F600}';
    expect(errors({ name: emoji.repeat(200), description: emoji.repeat(4000), goal: 'x'.repeat(4000) })).toEqual({});
    expect(errors({ description: emoji.repeat(4001) }).description).toBe('Use at most 4,000 characters.');
    expect(errors({ goal: 'x'.repeat(4001) }).goal).toBe('Use at most 4,000 characters.');
  });

  it('never lets the URL skip an invalid step', () => {
    expect(reachableStep(5, newDraft('k'))).toBe(1);
    expect(reachableStep(5, { ...newDraft('k'), name: 'x' })).toBe(2);
    expect(reachableStep(6, complete)).toBe(6);
    expect(reachableStep(99, complete)).toBe(6);
    expect(reachableStep(Number.NaN, complete)).toBe(1);
  });
});

describe('launch body and server errors', () => {
  it('sends trimmed text, ids and numbers', () => {
    expect(toNewExperiment(complete)).toEqual({
      name: 'Support bot', description: '', goal: '', baseModelId: 'm', trainingDatasetId: 't', evaluationDatasetId: 'v',
      config: { learningRate: 2e-5, epochs: 3, batchSize: 8 },
    });
  });

  it('puts server field errors on their field and finds the first step to show', () => {
    const error = new ApiError(400, 'Invalid', 'Fix the fields.', [
      { field: 'config.epochs', message: 'Too many.' },
      { field: 'evaluationDatasetId', message: 'Not an evaluation dataset.' },
      { field: '', message: 'Something else.' },
    ]);
    const mapped = serverErrors(error);
    expect(mapped.fields).toEqual({ epochs: 'Too many.', evaluationDatasetId: 'Not an evaluation dataset.' });
    expect(mapped.other).toEqual(['Something else.']);
    expect(firstErrorStep(mapped.fields)).toBe(4);
    expect(firstErrorStep({})).toBeNull();
    expect([stepOf('goal'), stepOf('baseModelId'), stepOf('batchSize')]).toEqual([1, 2, 5]);
  });

  it('clones an experiment into a new draft named "(copy)"', () => {
    const draft = cloneDraft(
      {
        id: 'e', name: 'Run', status: 'completed', baseModelId: 'm', baseModelName: 'SmolLM2', trainingDatasetId: 't', trainingDatasetName: null,
        evaluationDatasetId: 'v', evaluationDatasetName: 'Held out', config: { learningRate: 0.0001, epochs: 2, batchSize: 16 },
        createdAt: '', updatedAt: '', evaluationIds: [], etaSeconds: null, stale: false,
      },
      'new-key',
    );
    expect(draft).toMatchObject({
      key: 'new-key', name: 'Run (copy)', baseModel: { id: 'm', name: 'SmolLM2' }, trainingDataset: { id: 't', name: 't' },
      learningRate: '0.0001', epochs: '2', batchSize: '16',
    });
    expect(isStepValid(6, draft)).toBe(true);
  });
});

describe('the pair of datasets', () => {
  const chat = { id: 't', name: 'Chats', kind: 'chat', layout: 'Chat messages — Messages: messages' };
  const pairs = { id: 'e', name: 'Pairs', kind: 'preference', layout: 'Preference pairs — Prompt: p · Chosen: c · Rejected: r' };
  const qa = { id: 'e2', name: 'QA', kind: 'chat', layout: 'Chat messages — Messages: conversations' };

  it('warns when the layouts differ, and blocks the evaluation step until the user confirms', () => {
    const d = { ...newDraft('k'), trainingDataset: chat, evaluationDataset: pairs };
    expect(pairWarning(d)).toBe('The training dataset holds chat messages and the evaluation dataset preference pairs: '
      + 'the evaluation may not measure what the run learns.');
    expect(validateDraft(d).evaluationDatasetId).toBe('Choose an evaluation dataset of the same layout, or confirm that this one is meant.');
    expect(validateDraft({ ...d, pairAcknowledged: true }).evaluationDatasetId).toBeUndefined();
  });

  it('says nothing when the layouts match (column names may differ) or one is not known', () => {
    expect(pairWarning({ trainingDataset: chat, evaluationDataset: qa })).toBeNull();
    expect(pairWarning({ trainingDataset: chat, evaluationDataset: { id: 'x', name: 'X', kind: null } })).toBeNull();
    expect(pairWarning({ trainingDataset: { id: 'x', name: 'X' }, evaluationDataset: pairs })).toBeNull();
  });
});
