import { afterEach, describe, expect, it } from 'vitest';
import { clearDraft, DRAFT_KEY, loadDraft, saveDraft } from './experiment-draft.js';

afterEach(() => sessionStorage.clear());

describe('draft store', () => {
  it('starts a new draft with a key and the default configuration', () => {
    const draft = loadDraft();
    expect(draft.key).not.toBe('');
    expect(draft.learningRate).toBe('2e-5');
    expect(loadDraft().key).not.toBe(draft.key);
  });

  it('keeps the draft and its key through a reload', () => {
    const draft = { ...loadDraft(), name: 'Run', baseModel: { id: 'm', name: 'SmolLM2' }, learningRate: '3e-4' };
    saveDraft(draft);
    expect(loadDraft()).toEqual(draft);
    expect(loadDraft().key).toBe(draft.key);
  });

  it('forgets the draft after a launch, so the next one gets a new key', () => {
    const draft = loadDraft();
    saveDraft(draft);
    clearDraft();
    expect(sessionStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(loadDraft().key).not.toBe(draft.key);
  });

  it('reads a damaged draft defensively', () => {
    sessionStorage.setItem(DRAFT_KEY, '{not json');
    expect(loadDraft().name).toBe('');
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ key: 'k', name: 7, baseModel: { name: 'no id' }, epochs: 5 }));
    expect(loadDraft()).toMatchObject({ key: 'k', name: '', baseModel: null, epochs: '3' });
  });
});
