import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearConfigCache } from '../api/config.js';
import type { SwSimulated } from './sw-simulated.js';
import './sw-simulated.js';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  document.body.replaceChildren();
  clearConfigCache();
  vi.unstubAllGlobals();
});

async function mount(sandbox: boolean): Promise<SwSimulated> {
  vi.stubGlobal('fetch', vi.fn(async () => json({ pollIntervalMs: 5000, sandbox })));
  const chip = document.createElement('sw-simulated');
  document.body.append(chip);
  await vi.waitFor(() => expect(vi.mocked(fetch)).toHaveBeenCalledWith('/api/config', expect.anything()));
  await new Promise((resolve) => setTimeout(resolve));
  await chip.updateComplete;
  return chip;
}

describe('sw-simulated', () => {
  it('says "Simulated" when the BFF says the sandbox serves the app', async () => {
    const chip = await mount(true);
    expect(chip.hasAttribute('shown')).toBe(true);
    expect(chip.shadowRoot!.querySelector('sw-badge')?.textContent).toBe('Simulated');
  });

  it('shows nothing on a real Training API', async () => {
    const chip = await mount(false);
    expect(chip.hasAttribute('shown')).toBe(false);
    expect(chip.shadowRoot!.querySelector('sw-badge')).toBeNull();
  });
});
