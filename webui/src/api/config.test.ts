import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearConfigCache, DEFAULT_CONFIG, getConfig } from './config.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

beforeEach(() => clearConfigCache());
afterEach(() => vi.unstubAllGlobals());

describe('getConfig', () => {
  it('asks GET /api/config once and caches the answer', async () => {
    const fetchMock = vi.fn(async () => json({ pollIntervalMs: 7000, sandbox: true, version: '0.1.0' }));
    vi.stubGlobal('fetch', fetchMock);

    const first = await getConfig();
    const second = await getConfig();

    expect(first).toEqual({ pollIntervalMs: 7000, sandbox: true, version: '0.1.0' });
    expect(second).toBe(first);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]).toEqual(['/api/config', expect.anything()]);
  });

  it('falls back to defaults when the call fails, and asks again next time', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json({ title: 'Down', status: 503 }, 503))
      .mockResolvedValueOnce(json({ pollIntervalMs: 5000, sandbox: true }));
    vi.stubGlobal('fetch', fetchMock);

    await expect(getConfig()).resolves.toEqual(DEFAULT_CONFIG);
    await expect(getConfig()).resolves.toMatchObject({ sandbox: true });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('ignores malformed values', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ pollIntervalMs: 'fast', sandbox: 'yes', version: 3 })));
    await expect(getConfig()).resolves.toEqual(DEFAULT_CONFIG);
  });
});
