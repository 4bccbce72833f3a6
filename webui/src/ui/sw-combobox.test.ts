import { afterEach, describe, expect, it } from 'vitest';
import { filterCombo, type SwCombobox } from './sw-combobox.js';
import './sw-combobox.js';

const options = [
  { value: 'e1', label: 'SmolLM2 support' },
  { value: 'e2', label: 'Qwen chat' },
  { value: 'e3', label: 'Support v2' },
];

async function mount(value = '') {
  const box = document.createElement('sw-combobox');
  box.label = 'Experiment';
  box.allLabel = 'All experiments';
  box.options = options;
  box.value = value;
  document.body.append(box);
  await box.updateComplete;
  return box;
}

const input = (box: SwCombobox) => box.shadowRoot!.querySelector('input')!;
const shown = (box: SwCombobox) => Array.from(box.shadowRoot!.querySelectorAll('[role="option"]'), (o) => o.textContent?.trim());

async function type(box: SwCombobox, text: string) {
  input(box).value = text;
  input(box).dispatchEvent(new Event('input'));
  await box.updateComplete;
}

async function key(box: SwCombobox, name: string) {
  input(box).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  await box.updateComplete;
}

afterEach(() => document.body.replaceChildren());

describe('filterCombo', () => {
  it('keeps the options containing the text, case-insensitively', () => {
    expect(filterCombo(options, 'SUPPORT').map((o) => o.value)).toEqual(['e1', 'e3']);
    expect(filterCombo(options, '  ')).toHaveLength(3);
    expect(filterCombo(options, 'zzz')).toEqual([]);
  });
});

describe('sw-combobox', () => {
  it('shows the chosen option’s name and is a labelled, collapsed combobox', async () => {
    const box = await mount('e2');
    expect(input(box).value).toBe('Qwen chat');
    expect(input(box).getAttribute('role')).toBe('combobox');
    expect(input(box).getAttribute('aria-expanded')).toBe('false');
    expect(box.shadowRoot!.querySelector('label')?.textContent).toBe('Experiment');
  });

  it('narrows the options as the user types and chooses with the arrow keys and Enter', async () => {
    const box = await mount();
    const chosen: string[] = [];
    box.addEventListener('sw-change', (e) => chosen.push(e.detail.value));
    await type(box, 'supp');
    expect(input(box).getAttribute('aria-expanded')).toBe('true');
    expect(shown(box)).toEqual(['All experiments', 'SmolLM2 support', 'Support v2']);
    expect(input(box).getAttribute('aria-activedescendant')).toBe('option-1');
    await key(box, 'ArrowDown');
    expect(input(box).getAttribute('aria-activedescendant')).toBe('option-2');
    await key(box, 'Enter');
    expect(chosen).toEqual(['e3']);
    expect(input(box).getAttribute('aria-expanded')).toBe('false');
  });

  it('says when nothing matches, and Escape closes and restores the chosen name', async () => {
    const box = await mount('e1');
    await type(box, 'zzz');
    expect(box.shadowRoot!.textContent).toContain('No experiment matches “zzz”.');
    await key(box, 'Escape');
    expect(input(box).value).toBe('SmolLM2 support');
    expect(input(box).getAttribute('aria-expanded')).toBe('false');
  });

  it('clears the filter with All', async () => {
    const box = await mount('e1');
    const chosen: string[] = [];
    box.addEventListener('sw-change', (e) => chosen.push(e.detail.value));
    await key(box, 'ArrowDown');
    await key(box, 'ArrowUp');
    await key(box, 'Enter');
    expect(chosen).toEqual(['']);
  });
});
