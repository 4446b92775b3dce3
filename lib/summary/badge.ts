import type { Severity } from '../rules/schema';

/** Badge colours by the page's strongest claim: dark enough for white text in both themes. */
export const BADGE_COLORS: Record<Severity, string> = {
  high: '#b3261e',
  medium: '#c25e00',
  low: '#7a5d00',
};

/** The toolbar badge text for a claim count: empty when there are none (DESIGN.md contract). */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  // The badge has room for about four characters.
  return count > 999 ? '999+' : String(Math.floor(count));
}
