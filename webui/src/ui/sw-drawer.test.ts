import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SwDrawer } from './sw-drawer.js';
import { deepActiveElement } from './focus.js';
import { registerSameOriginIcons } from './wa-icons.js';
import './sw-drawer.js';

const svg = () =>
  new Response('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M0 0"/></svg>', {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
const fetchMock = vi.fn(async () => svg());

beforeAll(() => registerSameOriginIcons());
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

async function mount(open: boolean, content = '<p>Details</p>') {
  vi.stubGlobal('fetch', fetchMock);
  const drawer = document.createElement('sw-drawer');
  drawer.label = 'Support chats';
  drawer.open = open;
  drawer.innerHTML = content;
  document.body.append(drawer);
  await drawer.updateComplete;
  const events: string[] = [];
  drawer.addEventListener('sw-close', () => events.push('close'));
  drawer.addEventListener('sw-after-close', () => events.push('after-close'));
  return { drawer, events };
}

const waDrawer = (d: SwDrawer) => d.shadowRoot!.querySelector('wa-drawer')!;
const dialog = (d: SwDrawer) => waDrawer(d).shadowRoot!.querySelector('dialog')!;

async function opened(d: SwDrawer) {
  // The first open loads Web Awesome's drawer, which takes a while the first time in a test run.
  await vi.waitFor(() => expect(waDrawer(d)).not.toBeNull(), { timeout: 10_000 });
  await waDrawer(d).updateComplete;
  await vi.waitFor(() => expect(dialog(d).open).toBe(true));
}

describe('sw-drawer', () => {
  // First: the module state it checks (Web Awesome's drawer not yet loaded) holds only once.
  it('loads Web Awesome\'s drawer only when it first opens, rendering nothing before', async () => {
    const { drawer } = await mount(false);
    expect(customElements.get('wa-drawer')).toBeUndefined();
    expect(waDrawer(drawer)).toBeNull();
    drawer.open = true;
    await opened(drawer);
    expect(customElements.get('wa-drawer')).toBeDefined();
  });

  it('opens as a modal dialog named by its label, with the content inside', async () => {
    const { drawer } = await mount(true);
    await opened(drawer);
    const title = waDrawer(drawer).shadowRoot!.querySelector(`#${dialog(drawer).getAttribute('aria-labelledby')}`);
    expect(title?.textContent?.trim()).toBe('Support chats');
    expect(drawer.querySelector('p')?.assignedSlot).not.toBeNull();
    expect(waDrawer(drawer).shadowRoot!.querySelector('wa-button wa-icon')?.getAttribute('label')).toBe('Close');
  });

  it('loads its close icon from our own origin, never a data: URL or a CDN', async () => {
    const { drawer } = await mount(true);
    await opened(drawer);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const urls = fetchMock.mock.calls.map((call) => String((call as unknown[])[0]));
    expect(urls).toContain('/icons/xmark.svg');
    expect(urls.every((url) => url.startsWith('/icons/'))).toBe(true);
  });

  it('asks the page to go back when the user presses Escape, then reports it closed', async () => {
    const { drawer, events } = await mount(true);
    await opened(drawer);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(events).toEqual(['close', 'after-close']));
    expect(drawer.open).toBe(false);
  });

  it('closes without asking to navigate when the page closes it (Back)', async () => {
    const { drawer, events } = await mount(true);
    await opened(drawer);
    drawer.open = false;
    await vi.waitFor(() => expect(events).toEqual(['after-close']));
    expect(dialog(drawer).open).toBe(false);
  });

  it('stays closed until the page opens it', async () => {
    const { drawer } = await mount(false);
    await vi.waitFor(() => expect(waDrawer(drawer)).not.toBeNull());
    await waDrawer(drawer).updateComplete;
    expect(dialog(drawer).open).toBe(false);
    drawer.open = true;
    await drawer.updateComplete;
    await opened(drawer);
  });

  it('keeps Tab inside: past the last link it wraps to Close, and Shift+Tab back', async () => {
    const { drawer } = await mount(true, '<a href="/a">First</a> <a href="/b">Last</a>');
    await opened(drawer);
    const tab = (shiftKey = false) => {
      const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, composed: true, cancelable: true });
      (deepActiveElement() ?? document.body).dispatchEvent(event);
      return event.defaultPrevented;
    };
    const last = drawer.querySelector<HTMLElement>('a[href="/b"]')!;
    last.focus();
    expect(tab()).toBe(true);
    const closeButton = (deepActiveElement()?.getRootNode() as ShadowRoot).host;
    expect(closeButton.matches('wa-button.close')).toBe(true);
    expect(tab(true)).toBe(true);
    expect(deepActiveElement()).toBe(last);
    drawer.querySelector<HTMLElement>('a[href="/a"]')!.focus();
    expect(tab()).toBe(false);
  });
});
