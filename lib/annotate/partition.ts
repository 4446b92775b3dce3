/**
 * How a large subtree is cut into pieces that can be read one idle slice at a time, while the
 * blocks that come out are exactly those one `extractBlocks` call over the whole subtree gives.
 */
import type { BlockRule, SiteAdapter } from '../dom';
import { isSkippedElement } from '../dom/skip';

/** Subtrees with more elements than this are cut into their children when that is safe. */
export const SPLIT_ELEMENTS = 120;

/** An adapter's block selectors, checked once, for the questions partitioning asks. */
export class BlockShape {
  private readonly rules: readonly BlockRule[];
  private readonly any: string;

  constructor(adapter: SiteAdapter, doc: Document) {
    const probe = doc.createDocumentFragment();
    this.rules = adapter.blocks.filter((rule) => {
      try {
        probe.querySelector(rule.selector);
        return true;
      } catch {
        return false;
      }
    });
    this.any = this.rules.map((rule) => rule.selector).join(', ');
  }

  /** Whether `el` is itself the root of a block. */
  isBlockRoot(el: Element): boolean {
    return this.any !== '' && el.matches(this.any);
  }

  /** The nearest block root at or above `el`, crossing shadow boundaries; null outside blocks. */
  enclosingBlock(el: Element): Element | null {
    if (this.any === '') return null;
    for (let current: Element | null = el; current !== null; ) {
      const found = current.closest(this.any);
      if (found !== null) return found;
      current = (current.getRootNode() as Partial<ShadowRoot>).host ?? null;
    }
    return null;
  }

  /**
   * The children to read instead of `el`, or null when `el` must be read whole: it is small,
   * renders a shadow tree or slot, or is a block with text of its own (or a text selector)
   * that reading its children alone would lose.
   */
  splitInto(el: Element): Element[] | null {
    if (el.shadowRoot !== null || el.localName === 'slot') return null;
    if (el.getElementsByTagName('*').length <= SPLIT_ELEMENTS) return null;
    const isBlock = this.isBlockRoot(el);
    if (isBlock && this.rules.find((r) => el.matches(r.selector))?.textSelector !== undefined) {
      return null;
    }
    const children: Element[] = [];
    for (let node = el.firstChild; node !== null; node = node.nextSibling) {
      if (node.nodeType === 1) {
        const child = node as Element;
        // Inside a block, a child that is not a block of its own carries the parent's text.
        if (isBlock && !this.isBlockRoot(child) && !isSkippedElement(child)) return null;
        children.push(child);
      } else if (node.nodeType === 3 && isBlock && (node as Text).data.trim() !== '') {
        return null;
      }
    }
    return children;
  }
}
