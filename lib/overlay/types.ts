import type { Finding } from '@/lib/analyze';
import type { Block } from '@/lib/dom';
import type { Rule } from '@/lib/rules/schema';

// Mirrors lib/annotate/types.ts (owned by the annotation engine) until that file lands.

/** One finding placed on the page: where it is, which rule raised it, and its live Ranges. */
export interface Claim {
  id: string;
  finding: Finding;
  block: Block;
  ranges: Range[];
  rule: Rule;
}

/** The current claims on the page and a way to hear when they change. */
export interface ClaimSource {
  claims(): readonly Claim[];
  subscribe(listener: () => void): () => void;
}
