import { statusLabel } from '../../ui/status.js';

/** What the tracker needs of an experiment. */
export interface Tracked {
  id: string;
  name?: string;
  status?: string;
}

/** `Experiment “Support bot” is now running.`; an unknown status is named as received. */
export function statusMessage(item: Tracked): string {
  const label = statusLabel(item.status);
  const known = label !== item.status;
  return `Experiment “${item.name || item.id}” is now ${known ? label.toLowerCase() : label}.`;
}

/**
 * Remembers the last status of every experiment it has seen and says which changed, once each.
 * The first sighting of an experiment (first load, another page, a new filter) is not a change.
 */
export class StatusTracker {
  private readonly _last = new Map<string, string | undefined>();

  /** The messages for the statuses that changed since the last call; each change is reported once. */
  update(items: readonly Tracked[]): string[] {
    const messages: string[] = [];
    for (const item of items) {
      const before = this._last.get(item.id);
      if (before !== undefined && before !== item.status) messages.push(statusMessage(item));
      this._last.set(item.id, item.status);
    }
    return messages;
  }
}
