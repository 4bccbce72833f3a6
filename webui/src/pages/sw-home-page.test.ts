import { afterEach, describe, expect, it, vi } from 'vitest';
import './sw-home-page.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const unavailable = { status: 503, title: 'Training API unavailable', detail: 'Try again in a moment.' };

/** Text of an element and everything in its shadow roots. */
function deepText(node: Node): string {
  const own = node instanceof Element && node.shadowRoot ? deepText(node.shadowRoot) : '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return own + Array.from(node.childNodes, deepText).join(' ');
}

async function mount(until: string) {
  const page = document.createElement('sw-home-page');
  document.body.append(page);
  await vi.waitFor(() => expect(deepText(page)).toContain(until));
  return page;
}

describe('sw-home-page', () => {
  it('shows totals, a per-card error and the recent experiments with unknown statuses as-is', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({
          datasets: { total: 12840, error: null },
          models: { total: null, error: unavailable },
          experiments: { total: 2, error: null },
          recentExperiments: {
            items: [
              { id: 'e1', name: 'Support bot v1', status: 'running', progress: 0.5, createdAt: '2026-11-20T10:00:00Z' },
              { id: 'e2', name: 'Tone classifier', status: 'paused_for_review', createdAt: 'garbage' },
            ],
            error: null,
          },
        }),
      ),
    );
    const text = deepText(await mount('Support bot v1'));
    expect(text).not.toContain('Loading');
    expect(text).toContain('Total datasets');
    expect(text).toContain(new Intl.NumberFormat().format(12840));
    expect(text).toContain('Training API unavailable');
    expect(text).toContain('Support bot v1');
    expect(text).toContain('Running');
    expect(text).toContain('50%');
    expect(text).toContain('paused_for_review');
  });

  it('shows the empty state with a link to /train', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({
          datasets: { total: 0, error: null },
          models: { total: 0, error: null },
          experiments: { total: 0, error: null },
          recentExperiments: { items: [], error: null },
        }),
      ),
    );
    const page = await mount('No experiments yet.');
    const links = Array.from(page.shadowRoot?.querySelectorAll('a') ?? [], (a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toContainEqual(['Train your first model.', '/train']);
    expect(links).toContainEqual(['Train Model', '/train']);
  });

  it('shows one error with Retry when the whole request fails, and Retry asks again', async () => {
    const fetchMock = vi.fn(async () =>
      json({ status: 502, title: 'The Training API answered with an error', detail: 'Try later.' }, 502, 'application/problem+json'),
    );
    vi.stubGlobal('fetch', fetchMock);
    const page = await mount('The Training API answered with an error');
    const error = page.shadowRoot?.querySelector('sw-error');
    error?.shadowRoot?.querySelector('button')?.click();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
  });
});
