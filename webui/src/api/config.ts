import { request } from './http.js';

/** Runtime settings the server renders, so one build serves every environment. */
export interface AppConfig {
  /** How often list pages poll, in milliseconds. */
  pollIntervalMs: number;
  /** True when runs are simulated by the embedded sandbox Training API. */
  sandbox: boolean;
  /** The server's version, when it said. */
  version: string | null;
}

export const DEFAULT_CONFIG: Readonly<AppConfig> = Object.freeze({
  pollIntervalMs: 5000,
  sandbox: false,
  version: null,
});

function normalise(raw: unknown): AppConfig {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const interval = value.pollIntervalMs;
  return {
    pollIntervalMs:
      typeof interval === 'number' && Number.isFinite(interval) && interval >= 1000
        ? interval
        : DEFAULT_CONFIG.pollIntervalMs,
    sandbox: value.sandbox === true,
    version: typeof value.version === 'string' && value.version !== '' ? value.version : null,
  };
}

let cached: Promise<AppConfig> | null = null;

/**
 * `GET /api/config`, fetched once and shared. When it fails the app runs on
 * {@link DEFAULT_CONFIG} and the next call asks again.
 */
export function getConfig(): Promise<AppConfig> {
  cached ??= request<unknown>('/api/config').then(normalise, (error: unknown) => {
    cached = null;
    console.warn('Runtime configuration unavailable; using defaults.', error);
    return { ...DEFAULT_CONFIG };
  });
  return cached;
}

/** Forgets the cached configuration (tests). */
export function clearConfigCache(): void {
  cached = null;
}
