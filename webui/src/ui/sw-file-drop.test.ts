import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SwFileDrop } from './sw-file-drop.js';
import './sw-file-drop.js';

let drop: SwFileDrop;
const input = () => drop.shadowRoot!.querySelector('input')!;
const zone = () => drop.shadowRoot!.querySelector<HTMLElement>('.zone')!;

function dragEvent(type: string, files: File[]) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  const dataTransfer = { files: Object.assign([...files], { item: (i: number) => files[i] }), types: ['Files'], dropEffect: 'none' };
  return Object.assign(event, { dataTransfer, relatedTarget: null });
}

beforeEach(async () => {
  drop = document.createElement('sw-file-drop');
  drop.accept = '.csv,.json,.jsonl';
  drop.hint = 'CSV, JSON or JSON Lines.';
  document.body.append(drop);
  await drop.updateComplete;
});

afterEach(() => document.body.replaceChildren());

describe('sw-file-drop', () => {
  it('is a labelled file picker with the filter and the hint linked', () => {
    const label = drop.shadowRoot!.querySelector('label')!;
    expect(label.textContent).toBe('File');
    expect(label.htmlFor).toBe(input().id);
    expect(input().type).toBe('file');
    expect(input().accept).toBe('.csv,.json,.jsonl');
    expect(input().getAttribute('aria-describedby')).toBe('file-hint');
    expect(drop.shadowRoot!.getElementById('file-hint')?.textContent).toBe('CSV, JSON or JSON Lines.');
  });

  it('fires sw-file-change with the picked file', () => {
    const changes: (File | null)[] = [];
    drop.addEventListener('sw-file-change', (e) => changes.push(e.detail.file));
    const file = new File(['a,b\n'], 'chats.csv');
    Object.defineProperty(input(), 'files', { value: [file], configurable: true });
    input().dispatchEvent(new Event('change'));
    expect(changes).toEqual([file]);
  });

  it('takes a dropped file and marks the zone while a file is dragged over it', async () => {
    const changes: (File | null)[] = [];
    drop.addEventListener('sw-file-change', (e) => changes.push(e.detail.file));
    const file = new File(['{}\n'], 'chats.jsonl');
    const over = dragEvent('dragover', [file]);
    zone().dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    await drop.updateComplete;
    expect(zone().classList.contains('dragging')).toBe(true);
    const dropped = dragEvent('drop', [file]);
    zone().dispatchEvent(dropped);
    expect(dropped.defaultPrevented).toBe(true);
    expect(changes).toEqual([file]);
    await drop.updateComplete;
    expect(zone().classList.contains('dragging')).toBe(false);
    expect(drop.shadowRoot!.textContent).toContain('chats.jsonl');
  });

  it('ignores drops while disabled', async () => {
    const listener = vi.fn();
    drop.addEventListener('sw-file-change', listener);
    drop.disabled = true;
    await drop.updateComplete;
    zone().dispatchEvent(dragEvent('drop', [new File(['x'], 'a.csv')]));
    expect(listener).not.toHaveBeenCalled();
  });

  it('shows its error linked to the picker, and focus() goes to the picker', async () => {
    drop.error = 'Choose a file to upload.';
    await drop.updateComplete;
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().getAttribute('aria-describedby')).toBe('file-hint file-error');
    expect(drop.shadowRoot!.getElementById('file-error')?.textContent).toBe('Choose a file to upload.');
    drop.focus();
    expect(drop.shadowRoot!.activeElement).toBe(input());
  });
});
