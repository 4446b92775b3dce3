import type { Direction } from './order';

/**
 * The claim-to-claim shortcut a key event asks for, or null. Alt+Shift+N / Alt+Shift+P, read
 * from the physical key so macOS (where Alt turns N into a dead key) works too.
 */
export function shortcutOf(event: KeyboardEvent): Direction | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  const key = event.key.toLowerCase();
  if (event.code === 'KeyN' || key === 'n') return 'next';
  if (event.code === 'KeyP' || key === 'p') return 'previous';
  return null;
}

const TEXT_ENTRY = new Set(['input', 'textarea', 'select']);

/** Whether the element takes typing: a form field, a contenteditable region or a rich textbox. */
export function isTypingElement(el: Element | null): boolean {
  for (let node = el; node !== null; node = node.parentElement) {
    if (TEXT_ENTRY.has(node.localName)) return true;
    if ((node as HTMLElement).isContentEditable === true) return true;
    const editable = node.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false' && editable !== 'inherit') return true;
    if (node.getAttribute('role') === 'textbox') return true;
  }
  return false;
}

/** The element that really has focus, looking inside open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether a key event comes from somewhere a person is typing, so we must leave it alone. */
export function isTyping(event: KeyboardEvent, doc: Document): boolean {
  if (event.isComposing) return true;
  // nodeType rather than instanceof: Firefox content scripts see page nodes through Xray wrappers.
  const origin = event.composedPath()[0] as Node | undefined;
  if (origin?.nodeType === 1 && isTypingElement(origin as Element)) return true;
  return isTypingElement(deepActiveElement(doc));
}
