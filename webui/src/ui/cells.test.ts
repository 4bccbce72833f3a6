import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { dateCell, parameterCell } from './cells.js';

function rendered(value: unknown): HTMLElement {
  const host = document.createElement('div');
  render(value, host);
  return host;
}

describe('cells', () => {
  it('shows a parameter count short, with the exact number on hover and for screen readers', () => {
    const host = rendered(parameterCell(135_000_000));
    const cell = host.querySelector('[title]')!;
    expect(cell.getAttribute('title')).toBe('135,000,000');
    expect(cell.querySelector('[aria-hidden="true"]')?.textContent).toBe('135M');
    expect(cell.querySelector('.visually-hidden')?.textContent).toBe('135,000,000');
    expect(rendered(parameterCell(1_230_000_000)).querySelector('[aria-hidden="true"]')?.textContent).toBe('1.2B');
    expect(parameterCell(undefined)).toBe('—');
  });

  it('shows a date as <time>, an unreadable one as received', () => {
    expect(rendered(dateCell('2026-11-20T10:00:00Z')).querySelector('time')?.getAttribute('datetime')).toBe(
      '2026-11-20T10:00:00Z',
    );
    expect(dateCell('soon')).toBe('soon');
    expect(dateCell(null)).toBe('—');
  });
});
