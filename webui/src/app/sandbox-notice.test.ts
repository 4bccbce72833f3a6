import { describe, expect, it } from 'vitest';
import { dismissNotice, NOTICE_KEY, noticeDismissed } from './sandbox-notice.js';

const memory = () => {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
};

describe('sandbox notice memory', () => {
  it('is not dismissed until dismissed, then stays so', () => {
    const storage = memory();
    expect(noticeDismissed(storage)).toBe(false);
    dismissNotice(storage);
    expect(storage.getItem(NOTICE_KEY)).toBe('true');
    expect(noticeDismissed(storage)).toBe(true);
  });

  it('survives storage that throws or is missing', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(noticeDismissed(broken)).toBe(false);
    expect(() => dismissNotice(broken)).not.toThrow();
    expect(noticeDismissed(undefined)).toBe(false);
  });
});
