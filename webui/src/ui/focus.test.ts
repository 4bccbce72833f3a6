import { afterEach, describe, expect, it } from 'vitest';
import { deepActiveElement, tabbables } from './focus.js';

afterEach(() => document.body.replaceChildren());

/** A host whose shadow root holds `inner` and a slot for its light children. */
function host(inner: string, light = ''): HTMLElement {
  const element = document.createElement('div');
  element.attachShadow({ mode: 'open' }).innerHTML = inner;
  element.innerHTML = light;
  return element;
}

describe('focus helpers', () => {
  it('finds what Tab reaches, in order, through shadow roots and slots', () => {
    const inner = host('<button id="close">Close</button><slot></slot>', '<a href="/x" id="link">X</a><p>text</p>');
    const outer = host('<div id="wrap"></div>');
    outer.shadowRoot!.getElementById('wrap')!.append(inner);
    document.body.append(outer, Object.assign(document.createElement('button'), { id: 'outside' }));
    const disabled = Object.assign(document.createElement('button'), { disabled: true });
    const skipped = Object.assign(document.createElement('div'), { tabIndex: -1 });
    inner.append(disabled, skipped, Object.assign(document.createElement('div'), { tabIndex: 0, id: 'region' }));
    expect(tabbables(outer).map((el) => el.id)).toEqual(['close', 'link', 'region']);
  });

  it('follows focus into shadow roots', () => {
    const outer = host('<button id="inside">In</button>');
    document.body.append(outer);
    outer.shadowRoot!.getElementById('inside')!.focus();
    expect(document.activeElement).toBe(outer);
    expect(deepActiveElement()?.id).toBe('inside');
  });
});
