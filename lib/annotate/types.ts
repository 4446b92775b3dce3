/**
 * The contract between the annotation engine and everything that shows claims (the card
 * overlay, the popup summary): what a claim is, and how to read and follow the current claims.
 */
import type { Finding } from '../analyze';
import type { Block } from '../dom';
import type { Rule } from '../rules';

/** One finding placed on the page: where it is (block, ranges) and the rule that explains it. */
export interface Claim {
  /** Stable for the life of the page: `${blockIndex}-${start}`. */
  id: string;
  finding: Finding;
  block: Block;
  /** Live ranges covering the quote, one per DOM tree it spans (see `rangesFor`). */
  ranges: Range[];
  /** The rule that found it; custom phrases get a rule built from their category. */
  rule: Rule;
}

/** Read access to the claims currently marked on the page, and a way to hear when they change. */
export interface ClaimSource {
  claims(): readonly Claim[];
  subscribe(listener: () => void): () => void;
}
