import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import './sw-error.js';

afterEach(() => document.body.replaceChildren());

async function mount(error: unknown) {
  const element = document.createElement('sw-error');
  element.error = error;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

describe('sw-error', () => {
  it('shows the title and detail of an ApiError as an alert', async () => {
    const element = await mount(new ApiError(503, 'Training API unavailable', 'Try again in a moment.'));
    const alert = element.shadowRoot?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Training API unavailable');
    expect(alert?.textContent).toContain('Try again in a moment.');
  });

  it('shows a generic sentence for other errors, never their message', async () => {
    const element = await mount(new TypeError('x is undefined at render (sw-home-page.ts:42)'));
    const text = element.shadowRoot?.textContent ?? '';
    expect(text).toContain('Something went wrong');
    expect(text).not.toContain('undefined');
  });

  it('fires a composed sw-retry when Retry is pressed', async () => {
    const element = await mount(ApiError.network());
    let retries = 0;
    document.body.addEventListener('sw-retry', () => retries++);
    const button = element.shadowRoot?.querySelector('button');
    expect(button?.textContent?.trim()).toBe('Retry');
    button?.click();
    expect(retries).toBe(1);
  });

  it('offers no Retry where trying again cannot help (content the server cannot use)', async () => {
    const element = await mount(new ApiError(422, 'Preview not available', 'This dataset is not valid CSV at line 3.'));
    expect(element.shadowRoot?.querySelector('button')).toBeNull();
    expect(element.shadowRoot?.textContent).toContain('line 3');
  });
});
