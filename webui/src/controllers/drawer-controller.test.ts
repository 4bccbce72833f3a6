import { afterEach, describe, expect, it } from 'vitest';
import { LitElement, html } from 'lit';
import { DrawerController } from './drawer-controller.js';
import '../ui/sw-data-table.js';

/** A list page in miniature: a heading and a table of two rows. */
class DrawerHost extends LitElement {
  static override properties = { itemId: {} };
  itemId: string | null = null;
  drawer = new DrawerController(this, () => this.itemId);

  override render() {
    return html`<h1 tabindex="-1">Things</h1>
      <sw-data-table
        .columns=${[{ header: 'Name', cell: (r: { id: string }) => r.id, href: (r: { id: string }) => `/things/${r.id}` }]}
        .rows=${[{ id: 'a' }, { id: 'b' }]}
        .rowKey=${(r: { id: string }) => r.id}
      ></sw-data-table>`;
  }
}
customElements.define('test-drawer-host', DrawerHost);

afterEach(() => document.body.replaceChildren());

async function mount(itemId: string | null) {
  const host = document.createElement('test-drawer-host') as DrawerHost;
  host.itemId = itemId;
  document.body.append(host);
  await host.updateComplete;
  await host.shadowRoot!.querySelector('sw-data-table')!.updateComplete;
  return host;
}

describe('DrawerController', () => {
  it('is open while the route names an item, and keeps showing it while it closes', async () => {
    const host = await mount('b');
    expect(host.drawer.open).toBe(true);
    host.itemId = null;
    await host.updateComplete;
    expect(host.drawer.open).toBe(false);
    expect(host.drawer.shownId).toBe('b');
  });

  it('returns focus to the row of the item that was open', async () => {
    const host = await mount('b');
    host.itemId = null;
    await host.updateComplete;
    host.drawer.returnFocus();
    const table = host.shadowRoot!.querySelector('sw-data-table')!;
    expect(table.shadowRoot!.activeElement?.getAttribute('href')).toBe('/things/b');
  });

  it('falls back to the heading when that row is not on this page', async () => {
    const host = await mount('zz');
    host.drawer.returnFocus();
    expect(host.shadowRoot!.activeElement?.tagName).toBe('H1');
  });
});
