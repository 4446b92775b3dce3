/**
 * An iterative walk over the flattened tree (open shadow roots and slotted content in render
 * order), driven by TreeWalkers so the browser does the sibling/child stepping; skipped subtrees
 * are pruned by never stepping into them. No recursion: a page nested thousands deep cannot overflow the stack.
 */

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Callbacks for a walk; `enter` and `leave` always come in pairs. */
export interface WalkVisitor {
  enter(el: Element): void;
  text(node: Text): void;
  leave(el: Element): void;
  /** Called once for each open shadow root the walk enters (so a caller can watch it). */
  shadowRoot?(root: ShadowRoot): void;
}

interface TreeFrame {
  walker: TreeWalker;
  root: Node;
  /** Element to `leave` once this frame is done (null for the walk's own root). */
  owner: Element | null;
  started: boolean;
}

interface ListFrame {
  nodes: Node[];
  index: number;
  owner: Element | null;
}

type Frame = TreeFrame | ListFrame;

/**
 * Visits every text node under `root` that is not inside a skipped element, in rendering order.
 * `skip` is called once per element; returning true prunes the element and its subtree.
 */
export function walkFlattened(
  root: Element | Document | ShadowRoot,
  skip: (el: Element) => boolean,
  visitor: WalkVisitor,
): void {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  // No NodeFilter: the browser calling back into script for every node cost more than the rest of
  // the walk. A skipped element is still stepped onto, but never entered (see the loop below).
  const treeFrame = (frameRoot: Node, owner: Element | null): TreeFrame => ({
    walker: doc.createTreeWalker(frameRoot, SHOW_ELEMENT | SHOW_TEXT),
    root: frameRoot,
    owner,
    started: false,
  });
  // Where an element's rendered children come from, when not from its own light children.
  const specialFrame = (el: Element): Frame | null => {
    const shadow = el.shadowRoot;
    if (shadow !== null) {
      visitor.shadowRoot?.(shadow);
      return treeFrame(shadow, el);
    }
    if (el.localName === 'slot') {
      const slot = el as HTMLSlotElement;
      const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes() : [];
      // With nothing assigned, a slot renders its own children (fallback content).
      if (assigned.length > 0) return { nodes: assigned, index: 0, owner: el };
    }
    return null;
  };

  const stack: Frame[] = [];
  if (root.nodeType === ELEMENT_NODE) {
    const el = root as Element;
    if (skip(el)) return;
    visitor.enter(el);
    stack.push(specialFrame(el) ?? treeFrame(el, el));
  } else {
    if (root.nodeType === 11) visitor.shadowRoot?.(root as ShadowRoot);
    stack.push(treeFrame(root, null));
  }

  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if ('nodes' in frame) {
      if (frame.index >= frame.nodes.length) {
        stack.pop();
        if (frame.owner !== null) visitor.leave(frame.owner);
        continue;
      }
      const node = frame.nodes[frame.index++] as Node;
      if (node.nodeType === TEXT_NODE) visitor.text(node as Text);
      else if (node.nodeType === ELEMENT_NODE && !skip(node as Element)) {
        const el = node as Element;
        visitor.enter(el);
        stack.push(specialFrame(el) ?? treeFrame(el, el));
      }
      continue;
    }

    const walker = frame.walker;
    let node: Node | null;
    if (frame.started) node = advance(frame, visitor);
    else {
      frame.started = true;
      node = walker.firstChild();
    }
    if (node === null) {
      stack.pop();
      if (frame.owner !== null) visitor.leave(frame.owner);
      continue;
    }
    // Go down through first children; the next turn of the loop moves on from where we stop.
    for (;;) {
      if (node.nodeType !== ELEMENT_NODE) {
        visitor.text(node as Text);
        break;
      }
      const el = node as Element;
      // A skipped element is pruned: the next turn steps past it to its next sibling.
      if (skip(el)) break;
      visitor.enter(el);
      const special = specialFrame(el);
      if (special !== null) {
        stack.push(special);
        break;
      }
      const child: Node | null = walker.firstChild();
      if (child === null) {
        visitor.leave(el);
        break;
      }
      node = child;
    }
  }
}

/** Steps to the next sibling, leaving every element we climb out of; null at the frame's end. */
function advance(frame: TreeFrame, visitor: WalkVisitor): Node | null {
  const walker = frame.walker;
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    const parent = walker.parentNode();
    if (parent === null || parent === frame.root) return null;
    visitor.leave(parent as Element);
  }
}
