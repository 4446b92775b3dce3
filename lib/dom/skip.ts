/**
 * Which elements never contribute text: non-rendered content, editable fields and our own overlay.
 * Attribute checks only, so the walk stays one cheap pass; computed style is left to
 * `isRendered`, which callers use sparingly.
 */

/** Tags whose contents are never visible page text (or are the user's own input). */
const SKIP_TAGS = new Set([
  'head',
  'title',
  'meta',
  'link',
  'base',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'video',
  'audio',
  'input',
  'textarea',
  'select',
  'option',
  'datalist',
  'hype-lens-overlay',
]);

/** The attribute that marks our own overlay so no scan ever reads it back. */
export const OVERLAY_ATTRIBUTE = 'data-hype-lens-overlay';

/** True when the element and everything under it must be left out of extraction. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  // Most elements on a page carry no attributes at all; skip the lookups for them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute(OVERLAY_ATTRIBUTE)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false' && editable !== 'inherit') return true;
  // Rich-text composers (X, Facebook) are role=textbox; what someone is typing is theirs.
  return el.getAttribute('role') === 'textbox';
}

/** The parent in the composed tree: a shadow root's host stands in for the root itself. */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent === null) return null;
  if (parent.nodeType === 1) return parent as Element;
  const host = (parent as Partial<ShadowRoot>).host;
  return host ?? null;
}

/** True when some ancestor of `el` (crossing shadow boundaries) is skipped. O(depth). */
export function hasSkippedAncestor(el: Element): boolean {
  const doc = el.ownerDocument;
  if (doc.designMode === 'on') return true;
  for (let p = composedParent(el); p !== null; p = composedParent(p)) {
    if (isSkippedElement(p)) return true;
  }
  return false;
}

/**
 * True unless the browser says the element is not rendered (display:none, visibility:hidden,
 * a closed <details>, an ancestor of those). Without checkVisibility, or without layout (a
 * detached node, a DOMParser document), we cannot tell and say true.
 */
export function isRendered(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function') return true;
  if (!el.isConnected || el.ownerDocument.defaultView === null) return true;
  try {
    let current: Element | null = el;
    while (current !== null) {
      if (current.checkVisibility({ visibilityProperty: true })) return true;
      // display:contents has no box of its own, so checkVisibility says false; its children can
      // still be visible, so ask about the nearest ancestor that does have a box.
      const view = current.ownerDocument.defaultView;
      if (view === null || view.getComputedStyle(current).display !== 'contents') return false;
      current = composedParent(current);
    }
    return true;
  } catch {
    // A check that fails must not stop the scan; showing too much beats showing nothing.
    return true;
  }
}
