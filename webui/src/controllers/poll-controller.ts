import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConfig } from '../api/config.js';

/** The interval the UI accepts from `/api/config`, in milliseconds. */
export const POLL_MIN_MS = 5000;
export const POLL_MAX_MS = 10000;

/** `pollIntervalMs` kept within 5–10 s; anything unreadable is 5 s. */
export function clampInterval(ms: unknown): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return POLL_MIN_MS;
  return Math.min(POLL_MAX_MS, Math.max(POLL_MIN_MS, ms));
}

export interface PollOptions {
  /** Refreshes the data (e.g. `() => task.run()`); polling waits for it before the next round. */
  refresh: () => Promise<unknown>;
  /** True while something on screen can still change (a queued or running item is shown). */
  active: () => boolean;
  /** Where the interval comes from; defaults to `/api/config`'s `pollIntervalMs`. */
  interval?: () => Promise<number>;
}

/**
 * Re-runs a page's data task every `pollIntervalMs` (clamped to 5–10 s) while `active()` is true.
 * It never overlaps two refreshes, pauses while the tab is hidden and refreshes at once when it is
 * shown again, and stops by itself once nothing on screen can change; the host's next update
 * (new data, a new filter) starts it again when there is something to watch.
 */
export class PollController implements ReactiveController {
  private _interval = POLL_MIN_MS;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _inFlight = false;
  private _connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly _options: PollOptions,
  ) {
    host.addController(this);
  }

  /** True while a timer is set for the next refresh. */
  get scheduled(): boolean {
    return this._timer !== undefined;
  }

  hostConnected(): void {
    this._connected = true;
    document.addEventListener('visibilitychange', this._onVisibility);
    const source = this._options.interval ?? (() => getConfig().then((c) => c.pollIntervalMs));
    void source().then((ms) => {
      this._interval = clampInterval(ms);
    });
  }

  hostDisconnected(): void {
    this._connected = false;
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._clear();
  }

  hostUpdated(): void {
    this._schedule();
  }

  private _hidden(): boolean {
    return document.visibilityState === 'hidden';
  }

  private _clear(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
  }

  private _schedule(): void {
    if (!this._connected || this._timer !== undefined || this._inFlight || this._hidden()) return;
    if (!this._options.active()) return;
    this._timer = setTimeout(() => {
      this._timer = undefined;
      void this._tick();
    }, this._interval);
  }

  private async _tick(): Promise<void> {
    if (!this._connected || this._hidden() || !this._options.active()) return;
    this._inFlight = true;
    try {
      await this._options.refresh();
    } catch {
      // The page shows the failed refresh; the next round retries.
    } finally {
      this._inFlight = false;
    }
    this._schedule();
  }

  private _onVisibility = (): void => {
    this._clear();
    if (!this._hidden() && !this._inFlight) void this._tick();
  };
}
