import { describe, expect, it } from 'vitest';
import { StatusTracker, statusMessage } from './status-announcements.js';

describe('StatusTracker', () => {
  it('announces nothing on first sight, then each change exactly once', () => {
    const tracker = new StatusTracker();
    expect(tracker.update([{ id: 'a', name: 'A', status: 'queued' }])).toEqual([]);
    expect(tracker.update([{ id: 'a', name: 'A', status: 'running' }])).toEqual(['Experiment “A” is now running.']);
    expect(tracker.update([{ id: 'a', name: 'A', status: 'running' }])).toEqual([]);
    expect(
      tracker.update([
        { id: 'a', name: 'A', status: 'completed' },
        { id: 'b', name: 'B', status: 'running' },
      ]),
    ).toEqual(['Experiment “A” is now completed.']);
  });

  it('remembers items that leave the page, so coming back is not a change', () => {
    const tracker = new StatusTracker();
    tracker.update([{ id: 'a', status: 'running' }]);
    tracker.update([]);
    expect(tracker.update([{ id: 'a', status: 'running' }])).toEqual([]);
  });
});

describe('statusMessage', () => {
  it('names the experiment, or its id, and shows an unknown status as received', () => {
    expect(statusMessage({ id: 'x', name: '', status: 'failed' })).toBe('Experiment “x” is now failed.');
    expect(statusMessage({ id: 'x', name: 'X', status: 'paused' })).toBe('Experiment “X” is now paused.');
  });
});
