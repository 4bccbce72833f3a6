import type { KnownExperimentStatus } from '../api/types.js';

/** The colour family of a status badge; the badge always shows text too. */
export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const STATUSES: Record<KnownExperimentStatus, { tone: StatusTone; label: string }> = {
  queued: { tone: 'neutral', label: 'Queued' },
  running: { tone: 'info', label: 'Running' },
  completed: { tone: 'success', label: 'Completed' },
  failed: { tone: 'danger', label: 'Failed' },
  cancelled: { tone: 'warning', label: 'Cancelled' },
};

function known(status: unknown): KnownExperimentStatus | null {
  return typeof status === 'string' && Object.hasOwn(STATUSES, status)
    ? (status as KnownExperimentStatus)
    : null;
}

/** Colour family for a status; unknown statuses are neutral. */
export function statusTone(status: unknown): StatusTone {
  const key = known(status);
  return key ? STATUSES[key].tone : 'neutral';
}

/** Text for a status; a status the app does not know yet is shown exactly as received. */
export function statusLabel(status: unknown): string {
  const key = known(status);
  if (key) return STATUSES[key].label;
  return typeof status === 'string' && status.trim() !== '' ? status : 'Unknown';
}

/** True while an experiment can still change on its own (queued or running): pages poll only then. */
export function isLive(status: unknown): boolean {
  return status === 'queued' || status === 'running';
}
