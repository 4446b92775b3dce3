import {
  HIGHLIGHT_PREFIX,
  type HighlightApi,
  type HighlightSeverity,
  registerHighlights,
  type SeverityHighlights,
  unregisterHighlights,
} from '../highlights';
import type { Claim } from './types';

/** Name of the short-lived highlight that flashes a claim the popup asked to reveal. */
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-flash`;

/** How long a revealed claim stays flashed. */
export const FLASH_MS = 1200;

/**
 * The claims' ranges in our severity highlights. Hiding empties the highlights but keeps them
 * registered, so showing again is one pass over the claims and nothing is re-analysed.
 */
export class Marks {
  private readonly highlights: SeverityHighlights | null;
  private flash: Highlight | null = null;
  private visible = true;

  constructor(private readonly api: HighlightApi | null) {
    this.highlights = api === null ? null : registerHighlights(api);
  }

  /** Whether marks are painted (the popup's show/hide switch). */
  get shown(): boolean {
    return this.visible;
  }

  /** Paints a claim's ranges. */
  add(claim: Claim): void {
    if (!this.visible || this.highlights === null) return;
    const highlight = this.highlights[claim.finding.severity as HighlightSeverity];
    for (const range of claim.ranges) highlight.add(range);
  }

  /** Stops painting a claim's ranges. */
  remove(claim: Claim): void {
    if (this.highlights === null) return;
    const highlight = this.highlights[claim.finding.severity as HighlightSeverity];
    for (const range of claim.ranges) highlight.delete(range);
  }

  /** Shows or hides every mark; `claims` are the ones to paint when showing. */
  setVisible(visible: boolean, claims: Iterable<Claim>): void {
    this.visible = visible;
    if (this.highlights === null) return;
    for (const highlight of Object.values(this.highlights)) highlight.clear();
    if (visible) for (const claim of claims) this.add(claim);
  }

  /** Flashes ranges for a moment; `later` schedules the un-flash (a timer the caller owns). */
  flashRanges(ranges: readonly Range[], later: (fn: () => void, ms: number) => void): void {
    if (this.api === null) return;
    const flash = this.api.create();
    flash.priority = 1;
    for (const range of ranges) flash.add(range);
    this.flash = flash;
    this.api.registry.set(FLASH_HIGHLIGHT, flash);
    later(() => {
      if (this.flash !== flash) return;
      this.flash = null;
      if (this.api?.registry.get(FLASH_HIGHLIGHT) === flash)
        this.api.registry.delete(FLASH_HIGHLIGHT);
    }, FLASH_MS);
  }

  /** Removes our highlights from the page (only those still ours). */
  destroy(): void {
    if (this.api === null || this.highlights === null) return;
    for (const highlight of Object.values(this.highlights)) highlight.clear();
    unregisterHighlights(this.api, this.highlights);
    if (this.flash !== null && this.api.registry.get(FLASH_HIGHLIGHT) === this.flash) {
      this.api.registry.delete(FLASH_HIGHLIGHT);
    }
    this.flash = null;
  }
}
