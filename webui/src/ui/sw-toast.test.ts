import { afterEach, describe, expect, it } from 'vitest';
import './sw-toast.js';

afterEach(() => document.body.replaceChildren());

describe('sw-toast', () => {
  it('announces its message as a status and closes on Dismiss', async () => {
    const toast = document.createElement('sw-toast');
    toast.textContent = 'Dataset uploaded.';
    document.body.append(toast);
    await toast.updateComplete;
    let dismissed = 0;
    toast.addEventListener('sw-dismiss', () => dismissed++);

    expect(toast.shadowRoot?.querySelector('[role="status"] slot')).not.toBeNull();
    const button = toast.shadowRoot?.querySelector('button');
    expect(button?.textContent?.trim()).toBe('Dismiss');
    button?.click();
    await toast.updateComplete;

    expect(dismissed).toBe(1);
    expect(toast.open).toBe(false);
    expect(toast.shadowRoot?.querySelector('button')).toBeNull();
  });
});
