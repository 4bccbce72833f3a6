/** The focused element, looking inside shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
}

function isTabbable(element: HTMLElement): boolean {
  if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

/** The elements Tab reaches inside `root`, in order, through shadow roots and slots. */
export function tabbables(root: Node): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Node): void => {
    if (node instanceof HTMLSlotElement) {
      node.assignedElements({ flatten: true }).forEach(visit);
      return;
    }
    if (node instanceof HTMLElement) {
      if (node.hidden || node.inert) return;
      if (isTabbable(node)) found.push(node);
      if (node.shadowRoot) {
        node.shadowRoot.childNodes.forEach(visit);
        return;
      }
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}
