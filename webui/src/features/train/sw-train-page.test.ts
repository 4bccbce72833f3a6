import { afterEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_KEY, saveDraft } from './experiment-draft.js';
import { newDraft } from './experiment-wizard.js';
import type { SwTrainPage } from './sw-train-page.js';
import './sw-train-page.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const ready = {
  ...newDraft('draft-key'),
  name: 'Support bot',
  baseModel: { id: 'm', name: 'SmolLM2' },
  trainingDataset: { id: 't', name: 'Chats' },
  evaluationDataset: { id: 'v', name: 'Held out' },
};

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

async function mount(url: string) {
  window.history.replaceState(null, '', url);
  const page = document.createElement('sw-train-page');
  document.body.append(page);
  await page.updateComplete;
  return page;
}

const $ = <T extends Element = HTMLElement>(page: SwTrainPage, selector: string) => page.shadowRoot!.querySelector<T>(selector);
const button = (page: SwTrainPage, name: string) =>
  Array.from(page.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);

describe('sw-train-page', () => {
  it('opens with a dataset chosen from /train?dataset=, in the slot of its type, keeping the rest of the draft', async () => {
    saveDraft({ ...newDraft('k'), name: 'Kept' });
    vi.stubGlobal('fetch', vi.fn(async () => json({ id: 'ds-e', name: 'Held out', type: 'evaluation', format: 'jsonl',
      fileName: 'e.jsonl', sizeBytes: 1, rowCount: 2, createdAt: '2026-11-01T00:00:00Z',
      schema: { kind: 'prompt_completion', fields: { prompt: 'q', completion: 'a' } } })));
    await mount('/train?dataset=ds-e');
    await vi.waitFor(() => expect(window.location.search).toBe(''));
    const draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY)!);
    expect(draft.name).toBe('Kept');
    expect(draft.evaluationDataset).toEqual({ id: 'ds-e', name: 'Held out', kind: 'prompt_completion',
      layout: 'Prompt and completion — Prompt: q · Target: a' });
    expect(draft.trainingDataset).toBeNull();
  });

  it('keeps Next disabled until the step is valid, and never shows a later step of an invalid draft', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ items: [], total: 0 })));
    const page = await mount('/train?step=4');
    expect($(page, 'h2')?.textContent).toBe('Experiment details');
    const steps = page.shadowRoot!.querySelector('sw-wizard-steps')!;
    await steps.updateComplete;
    expect(steps.shadowRoot!.querySelector('[aria-current="step"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('1 Step 1: Experiment details');
    expect(button(page, 'Next')?.disabled).toBe(true);
    const name = $<HTMLInputElement>(page, '#name')!;
    name.value = 'Run';
    name.dispatchEvent(new Event('input'));
    await page.updateComplete;
    expect(button(page, 'Next')?.disabled).toBe(false);
    expect(JSON.parse(sessionStorage.getItem(DRAFT_KEY)!).name).toBe('Run');
    name.value = ' ';
    name.dispatchEvent(new Event('input'));
    await page.updateComplete;
    expect($(page, '#name-error')?.textContent).toBe('Enter a name for the experiment.');
  });

  it('says what is missing when Enter meets a disabled Next', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ items: [], total: 0 })));
    const page = await mount('/train');
    const name = $<HTMLInputElement>(page, '#name')!;
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true });
    name.dispatchEvent(enter);
    await page.updateComplete;
    expect(enter.defaultPrevented).toBe(true);
    expect($(page, '#name-error')?.textContent).toBe('Enter a name for the experiment.');
    expect(name.getAttribute('aria-describedby')).toBe('name-error');
  });

  it('launches once per draft with its key, even when submitted twice', async () => {
    saveDraft(ready);
    let finish!: (r: Response) => void;
    const fetchMock = vi.fn((input: RequestInfo | URL) =>
      String(input) === '/api/experiments' ? new Promise<Response>((r) => (finish = r)) : Promise.resolve(json({})),
    );
    vi.stubGlobal('fetch', fetchMock);
    const page = await mount('/train?step=6');
    expect($(page, 'h2')?.textContent).toBe('Review & launch');
    const form = $<HTMLFormElement>(page, 'form')!;
    form.requestSubmit();
    await page.updateComplete;
    form.requestSubmit();
    expect(button(page, 'Launch training')?.disabled).toBe(true);
    const posts = fetchMock.mock.calls.filter(([u]) => String(u) === '/api/experiments');
    expect(posts).toHaveLength(1);
    expect(new Headers((posts[0] as unknown as [string, RequestInit])[1].headers).get('Idempotency-Key')).toBe('draft-key');
    finish(json({ id: 'e-9', name: 'Support bot', status: 'queued', evaluationIds: [] }, 201));
    await vi.waitFor(() => expect(window.location.pathname).toBe('/experiments/e-9'));
    expect(sessionStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('puts a server field error on its field and goes to its step, keeping the key for the retry', async () => {
    saveDraft(ready);
    vi.stubGlobal('fetch', vi.fn(async () =>
      json({ title: 'Invalid', errors: [{ field: 'learningRate', message: 'The learning rate is too high for this model.' }] }, 400),
    ));
    const page = await mount('/train?step=6');
    $<HTMLFormElement>(page, 'form')!.requestSubmit();
    await vi.waitFor(() => expect($(page, 'h2')?.textContent).toBe('Training configuration'));
    expect(new URLSearchParams(window.location.search).get('step')).toBe('5');
    expect($(page, '#learningRate-error')?.textContent).toBe('The learning rate is too high for this model.');
    expect($(page, '#learningRate')?.getAttribute('aria-invalid')).toBe('true');
    expect(JSON.parse(sessionStorage.getItem(DRAFT_KEY)!).key).toBe('draft-key');
  });
});
