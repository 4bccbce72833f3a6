import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearFreshAnswers } from '../../api/http.js';
import { setFlash } from '../../ui/flash.js';
import './sw-experiment-page.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const running = {
  id: 'e-1', name: 'Support bot', status: 'running', progress: 0.5, etaSeconds: 180, stale: true, goal: 'Answer <i>tickets</i>',
  baseModelId: 'm-1', baseModelName: 'SmolLM2', trainingDatasetId: 'd-1', trainingDatasetName: 'Chats', evaluationDatasetId: 'd-2',
  config: { learningRate: 2e-5, epochs: 3, batchSize: 8 }, createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:05:00Z',
  statusHistory: [{ status: 'queued', at: '2026-11-01T10:00:00Z' }, { status: 'running', at: '2026-11-01T10:01:00Z', message: 'Started on gpu-1' }],
  evaluationIds: [],
};

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  clearFreshAnswers();
});

async function mount(id: string) {
  const page = document.createElement('sw-experiment-page');
  page.itemId = id;
  document.body.append(page);
  await vi.waitFor(() => expect(page.shadowRoot!.querySelector('sw-experiment-details')).not.toBeNull());
  const details = page.shadowRoot!.querySelector('sw-experiment-details')!;
  await details.updateComplete;
  return { page, details: details.shadowRoot! };
}

const text = (node: Element | ShadowRoot | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('sw-experiment-page', () => {
  it('shows progress with the ETA, the stale warning, links, configuration and the timeline', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(running)));
    setFlash('/experiments/e-1', 'Training launched: “Support bot” has been created.');
    const { page, details } = await mount('e-1');
    expect(text(page.shadowRoot!.querySelector('h1'))).toBe('Support bot');
    expect(text(page.shadowRoot!.querySelector('sw-toast'))).toBe('Training launched: “Support bot” has been created.');
    expect(text(details.querySelector('.progress'))).toContain('About 3 min left');
    expect(text(details.querySelector('.warning'))).toBe('No update for over 10 minutes — the Training API may be stuck.');
    const list = details.querySelector('sw-detail-list')!;
    await list.updateComplete;
    const links = Array.from(list.shadowRoot!.querySelectorAll('a'), (a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([['SmolLM2', '/models/m-1'], ['Chats', '/datasets/d-1'], ['d-2', '/datasets/d-2']]);
    expect(text(list.shadowRoot!.querySelector('dd'))).toBe('Answer <i>tickets</i>');
    const timeline = details.querySelector('sw-status-timeline')!;
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.querySelectorAll('ol > li')).toHaveLength(2);
    expect(text(timeline.shadowRoot!.querySelector('li:last-child'))).toContain('Started on gpu-1');
    const clone = Array.from(page.shadowRoot!.querySelectorAll('a')).find((a) => a.textContent === 'Clone');
    expect(clone?.getAttribute('href')).toBe('/train?clone=e-1');
  });

  it('shows the failure reason and result links of a finished run, without Cancel', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ ...running, status: 'failed', stale: false, error: 'Out of memory', resultModelId: 'm-9', evaluationIds: ['a', 'b'] })));
    const { page, details } = await mount('e-1');
    expect(text(details.querySelector('.danger strong'))).toBe('Failure reason');
    expect(text(details.querySelector('.danger p'))).toBe('Out of memory');
    expect(details.querySelector('.progress')).toBeNull();
    const hrefs = Array.from(details.querySelectorAll('section a'), (a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/models/m-9', '/evaluations?experimentId=e-1']);
    expect(Array.from(page.shadowRoot!.querySelectorAll('button')).some((b) => b.textContent === 'Cancel')).toBe(false);
  });

  it('links a run with one evaluation straight to it', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ ...running, status: 'completed', stale: false, evaluationIds: ['ev 1'] })));
    const { details } = await mount('e-1');
    const link = Array.from(details.querySelectorAll('section a')).find((a) => a.textContent === 'Evaluations (1)');
    expect(link?.getAttribute('href')).toBe('/evaluations/ev%201');
  });

  it('cancels after confirmation and shows a 409 as its sentence', async () => {
    const fetchMock = vi.fn(async (input: RequestInfo | URL) =>
      String(input).endsWith('/cancel') ? json({ title: 'Already finished', detail: 'The experiment has already completed.' }, 409) : json(running),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { page } = await mount('e-1');
    Array.from(page.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent === 'Cancel')!.click();
    await page.updateComplete;
    const dialog = page.shadowRoot!.querySelector('sw-dialog')!;
    expect(dialog.open).toBe(true);
    await dialog.updateComplete;
    const buttons = Array.from(dialog.shadowRoot!.querySelectorAll('button'), (b) => b.textContent);
    expect(buttons).toEqual(['Keep running', 'Cancel experiment']);
    dialog.shadowRoot!.querySelectorAll('button')[1].click();
    await vi.waitFor(() => expect(text(page.shadowRoot!.querySelector('[role="alert"]'))).toContain('The experiment has already completed.'));
    expect(fetchMock.mock.calls.filter(([u]) => String(u) === '/api/experiments/e-1/cancel')).toHaveLength(1);
    expect(dialog.open).toBe(false);
  });
});
