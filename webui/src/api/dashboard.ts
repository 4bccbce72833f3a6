import { ApiError, type Problem } from './api-error.js';
import { requestFresh } from './http.js';
import type { Experiment } from './types.js';

/** A count on the Home page, or why it is missing. */
export interface DashboardTotal {
  total: number | null;
  error: ApiError | null;
}

/** What the Home page shows; each part can fail on its own. */
export interface Dashboard {
  datasets: DashboardTotal;
  models: DashboardTotal;
  experiments: DashboardTotal;
  /** How many experiments run now. */
  runningExperiments: DashboardTotal;
  recentExperiments: { items: Experiment[]; error: ApiError | null };
}

interface RawPart {
  total?: unknown;
  items?: unknown;
  error?: Problem | null;
}

function part(raw: unknown): RawPart {
  return typeof raw === 'object' && raw !== null ? (raw as RawPart) : {};
}

function errorOf(raw: RawPart): ApiError | null {
  return raw.error ? ApiError.fromProblem(raw.error) : null;
}

function total(raw: unknown): DashboardTotal {
  const p = part(raw);
  const value = typeof p.total === 'number' && Number.isFinite(p.total) ? p.total : null;
  return { total: value, error: errorOf(p) };
}

/** Turns the BFF's answer into typed parts, tolerating missing or malformed ones. */
export function toDashboard(raw: unknown): Dashboard {
  const body = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const recent = part(body.recentExperiments);
  const items = Array.isArray(recent.items)
    ? (recent.items.filter((item) => typeof item === 'object' && item !== null) as Experiment[])
    : [];
  return {
    datasets: total(body.datasets),
    models: total(body.models),
    experiments: total(body.experiments),
    runningExperiments: total(body.runningExperiments),
    recentExperiments: { items: items.slice(0, 5), error: errorOf(recent) },
  };
}

/**
 * `GET /api/dashboard`: counts (and how many experiments run now) and the five most recent
 * experiments. Sent with the last answer's ETag, so an unchanged poll is a cheap 304.
 */
export function getDashboard(signal?: AbortSignal): Promise<Dashboard> {
  return requestFresh('/api/dashboard', toDashboard, signal);
}
