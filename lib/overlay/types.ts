/** The claims the cards explain: the annotation engine's contract, re-exported for the overlay. */
export type { Claim, ClaimSource } from '@/lib/annotate/types';
