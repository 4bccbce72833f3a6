import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampInterval, PollController } from './poll-controller.js';

class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {}
  updateComplete = Promise.resolve(true);
  connect() {
    this.controllers.forEach((c) => c.hostConnected?.());
  }
  updated() {
    this.controllers.forEach((c) => c.hostUpdated?.());
  }
  disconnect() {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}

let visibility: DocumentVisibilityState = 'visible';

function setVisibility(value: DocumentVisibilityState) {
  visibility = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

function setup(active = () => true, interval = 5000) {
  const host = new Host();
  const refresh = vi.fn(async () => undefined);
  const poll = new PollController(host, { refresh, active, interval: async () => interval });
  host.connect();
  return { host, refresh, poll };
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('clampInterval', () => {
  it('keeps the interval within 5–10 s', () => {
    expect([clampInterval(1000), clampInterval(7000), clampInterval(60000), clampInterval('x')]).toEqual([5000, 7000, 10000, 5000]);
  });
});

describe('PollController', () => {
  it('refreshes every interval from the config, one round at a time', async () => {
    const { host, refresh } = setup(() => true, 8000);
    await vi.advanceTimersByTimeAsync(0);
    host.updated();
    await vi.advanceTimersByTimeAsync(7999);
    expect(refresh).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    host.updated(); // an update while a timer is set does not add a second timer
    await vi.advanceTimersByTimeAsync(8000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('waits for a slow refresh before scheduling the next one', async () => {
    const host = new Host();
    let finish!: () => void;
    const refresh = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    new PollController(host, { refresh, active: () => true, interval: async () => 5000 });
    host.connect();
    host.updated();
    await vi.advanceTimersByTimeAsync(5000);
    host.updated();
    await vi.advanceTimersByTimeAsync(20000);
    expect(refresh).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(5000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('keeps polling after a failed refresh', async () => {
    const host = new Host();
    const refresh = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue(undefined);
    new PollController(host, { refresh, active: () => true, interval: async () => 5000 });
    host.connect();
    host.updated();
    await vi.advanceTimersByTimeAsync(10000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('pauses while the tab is hidden and refreshes at once when shown', async () => {
    const { host, refresh } = setup();
    host.updated();
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(60000);
    expect(refresh).not.toHaveBeenCalled();
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('stops when nothing on screen can change, and starts again when something can', async () => {
    let active = true;
    const { host, refresh, poll } = setup(() => active);
    host.updated();
    await vi.advanceTimersByTimeAsync(5000);
    expect(refresh).toHaveBeenCalledTimes(1);
    active = false;
    await vi.advanceTimersByTimeAsync(60000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(poll.scheduled).toBe(false);
    host.updated();
    await vi.advanceTimersByTimeAsync(60000);
    expect(refresh).toHaveBeenCalledTimes(1);
    active = true;
    host.updated();
    await vi.advanceTimersByTimeAsync(5000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('does not refresh on showing the tab when nothing can change, nor after disconnect', async () => {
    let active = false;
    const { host, refresh } = setup(() => active);
    setVisibility('hidden');
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).not.toHaveBeenCalled();
    active = true;
    host.updated();
    host.disconnect();
    await vi.advanceTimersByTimeAsync(60000);
    setVisibility('visible');
    expect(refresh).not.toHaveBeenCalled();
  });
});
