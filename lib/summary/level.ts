import { CATEGORIES, type Category, SEVERITIES, type Severity } from '../rules/schema';

/** The parts of a claim the page-level figures need. */
export interface ClaimLike {
  category: Category;
  severity: Severity;
}

/** How much hype a page carries, at a glance. */
export const HYPE_LEVELS = ['none', 'mild', 'notable', 'heavy'] as const;

/** One step of {@link HYPE_LEVELS}. */
export type HypeLevel = (typeof HYPE_LEVELS)[number];

/** What each level is called in the popup and the report. */
export const HYPE_LEVEL_LABEL: Record<HypeLevel, string> = {
  none: 'No hype found',
  mild: 'Mild hype',
  notable: 'Notable hype',
  heavy: 'Heavy hype',
};

// A high-severity claim weighs as much as three low ones: severity already combines signals.
const WEIGHT: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/** The page's hype level from its claims: weighted by severity, so one strong claim outranks two weak ones. */
export function hypeLevel(claims: readonly ClaimLike[]): HypeLevel {
  if (claims.length === 0) return 'none';
  const score = claims.reduce((sum, claim) => sum + WEIGHT[claim.severity], 0);
  if (score >= 10) return 'heavy';
  if (score >= 4 || claims.some((claim) => claim.severity === 'high')) return 'notable';
  return 'mild';
}

/** The strongest severity among the claims, or null when there are none. */
export function highestSeverity(claims: readonly ClaimLike[]): Severity | null {
  let best = -1;
  for (const claim of claims) best = Math.max(best, SEVERITIES.indexOf(claim.severity));
  return best < 0 ? null : SEVERITIES[best];
}

/** A category and how many claims fall under it. */
export interface CategoryCount {
  category: Category;
  count: number;
}

/** Claims counted per category, most frequent first (ties in the rule base's category order). */
export function countByCategory(claims: readonly ClaimLike[]): CategoryCount[] {
  const counts = new Map<Category, number>();
  for (const claim of claims) counts.set(claim.category, (counts.get(claim.category) ?? 0) + 1);
  return [...counts]
    .map(([category, count]) => ({ category, count }))
    .sort(
      (a, b) =>
        b.count - a.count || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
    );
}

/** "1 claim", "3 claims". */
export function claimsLabel(count: number): string {
  return `${count} ${count === 1 ? 'claim' : 'claims'}`;
}
