import { hasSkippedAncestor, isRendered, isSkippedElement } from './skip';
import { TextBuilder } from './text-builder';
import type { Block, BlockRule, ExtractRoot, SiteAdapter } from './types';
import { walkFlattened } from './walk';

/** How extraction decides what is visible. */
export interface ExtractOptions {
  /**
   * 'check' (default) also asks checkVisibility about each block's root element once;
   * 'attributes' trusts markup alone (hidden, aria-hidden), for hosts without layout.
   */
  visibility?: 'check' | 'attributes';
  /**
   * Called with every open shadow root the pass reads: a document's MutationObserver does not
   * see changes inside shadow trees, so a caller that follows a feed must observe each one.
   */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** Elements that start a new line of text: their edges become separators inside a block. */
const BREAKING_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** An emoji drawn as an image (X and Facebook do this) carries the emoji in its alt text. */
const EMOJI_ALT = /^(?:\p{Extended_Pictographic}|\p{Emoji_Component}|\u200d|\ufe0f){1,16}$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** An adapter with its selectors checked and combined once. */
interface CompiledAdapter {
  rules: readonly BlockRule[];
  /** All rule selectors joined, so most elements cost one `matches` call. */
  any: string;
}

const compiled = new WeakMap<SiteAdapter, CompiledAdapter>();

/** Drops rules whose selectors the browser rejects, so one bad selector cannot stop a scan. */
function compile(adapter: SiteAdapter, doc: Document): CompiledAdapter {
  const cached = compiled.get(adapter);
  if (cached !== undefined) return cached;
  const probe = doc.createDocumentFragment();
  const valid = (selector: string | undefined): boolean => {
    if (selector === undefined) return true;
    try {
      probe.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
  const rules = adapter.blocks.filter((r) => valid(r.selector) && valid(r.textSelector));
  const result = { rules, any: rules.map((r) => r.selector).join(', ') };
  compiled.set(adapter, result);
  return result;
}

function ruleFor(el: Element, adapter: CompiledAdapter): BlockRule | null {
  if (adapter.any === '' || !el.matches(adapter.any)) return null;
  return adapter.rules.find((r) => el.matches(r.selector)) ?? null;
}

/** The nearest block root at or above `el`, crossing shadow boundaries. */
function enclosingBlockRoot(el: Element, adapter: CompiledAdapter): Element | null {
  if (adapter.any === '') return null;
  for (let current: Element | null = el; current !== null; ) {
    const found = current.closest(adapter.any);
    if (found !== null) return found;
    const host: Element | undefined = (current.getRootNode() as Partial<ShadowRoot>).host;
    current = host ?? null;
  }
  return null;
}

/** A block being read: its rule, its text so far, and which text regions we are inside. */
interface OpenBlock {
  element: Element;
  rule: BlockRule;
  builder: TextBuilder;
  /** Open elements matching rule.textSelector, innermost last. */
  regions: Element[];
  /** Index reserved in the output, so blocks come out in document order though nested ones finish first. */
  slot: number;
}

/**
 * Reads the visible text under `root` into blocks, as `adapter` defines them, each with a map
 * back to its text nodes. When `root` lies inside a block (a subtree a feed just added), the
 * whole enclosing block is read. One pass over the flattened tree; editable fields, hidden
 * subtrees and our own overlay are never read.
 */
export function extractBlocks(
  root: ExtractRoot,
  adapter: SiteAdapter,
  options: ExtractOptions = {},
): Block[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const compiledAdapter = compile(adapter, doc);
  const checkVisibility = options.visibility !== 'attributes';

  // A subtree a feed just added may sit inside a post: read the whole post instead.
  const anchor =
    root.nodeType === 1 ? (root as Element) : ((root as Partial<ShadowRoot>).host ?? null);
  let start: ExtractRoot = root;
  if (anchor !== null) {
    const blockRoot = enclosingBlockRoot(anchor, compiledAdapter);
    if (blockRoot !== null) start = blockRoot;
    const startEl = blockRoot ?? anchor;
    if (hasSkippedAncestor(startEl) || (startEl !== root && isSkippedElement(startEl))) return [];
  }
  if (doc.designMode === 'on') return [];

  const out: (Block | null)[] = [];
  const open: OpenBlock[] = [];

  const finishBlock = (block: OpenBlock): void => {
    const built = block.builder.finish();
    if (built === null) return;
    // The one computed-style question per block: cheap enough for feeds of thousands of posts,
    // unlike asking it of every element.
    if (checkVisibility && !isRendered(block.element)) return;
    out[block.slot] = {
      element: block.element,
      kind: block.rule.kind,
      text: built.text,
      map: built.map,
    };
  };

  walkFlattened(start, isSkippedElement, {
    shadowRoot: options.onShadowRoot,
    enter(el) {
      const rule = ruleFor(el, compiledAdapter);
      const top = open[open.length - 1];
      if (rule !== null) {
        top?.builder.addBreak();
        open.push({ element: el, rule, builder: new TextBuilder(), regions: [], slot: out.length });
        out.push(null);
        return;
      }
      if (top === undefined) return;
      const textSelector = top.rule.textSelector;
      if (textSelector !== undefined && el.matches(textSelector)) {
        top.regions.push(el);
        top.builder.addBreak();
        return;
      }
      if (BREAKING_TAGS.has(el.localName)) {
        top.builder.addBreak();
      } else if (el.localName === 'img' && collecting(top)) {
        const alt = el.getAttribute('alt') ?? '';
        if (EMOJI_ALT.test(alt) && PICTOGRAPHIC.test(alt)) top.builder.addAtom(alt, el);
      }
    },
    text(node) {
      const top = open[open.length - 1];
      if (top !== undefined && collecting(top)) top.builder.addText(node);
    },
    leave(el) {
      const top = open[open.length - 1];
      if (top === undefined) return;
      if (top.element === el) {
        open.pop();
        finishBlock(top);
        open[open.length - 1]?.builder.addBreak();
      } else if (top.regions[top.regions.length - 1] === el) {
        top.regions.pop();
        top.builder.addBreak();
      } else if (BREAKING_TAGS.has(el.localName)) {
        top.builder.addBreak();
      }
    },
  });

  return out.filter((b): b is Block => b !== null);
}

function collecting(block: OpenBlock): boolean {
  return block.rule.textSelector === undefined || block.regions.length > 0;
}
