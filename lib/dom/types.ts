import type { OffsetMap } from './offset-map';

/** What a block of page text is, as far as the site's markup tells us. */
export type BlockKind = 'post' | 'comment' | 'title' | 'description' | 'paragraph';

/** One unit of visible page text, with a map from its characters back to the DOM. */
export interface Block {
  /** The element the block was read from (a post, a comment, or a block-level element). */
  element: Element;
  kind: BlockKind;
  /** Visible text with whitespace collapsed and "\n" between block-level pieces. */
  text: string;
  map: OffsetMap;
}

/** One kind of block a site adapter recognises. */
export interface BlockRule {
  /** CSS selector for the block's root element. */
  selector: string;
  kind: BlockKind;
  /**
   * CSS selector for the parts of the root that hold the text (e.g. a tweet's body, not its
   * author line or buttons). Without it the whole root is read.
   */
  textSelector?: string;
}

/** Declares, as data, what a post is on one site and where its text lives. */
export interface SiteAdapter {
  id: string;
  /** Hostname suffixes this adapter serves ("x.com" also serves "mobile.x.com"). */
  hosts: readonly string[];
  /** Earlier rules win when an element matches more than one. */
  blocks: readonly BlockRule[];
}

/** Anything extraction can start from. */
export type ExtractRoot = Element | Document | ShadowRoot;
