import type { PageSummary } from '@/lib/messaging';
import { claimsLabel, HYPE_LEVEL_LABEL, hypeLevel } from '@/lib/summary';

/** Props of {@link PageTotals}. */
export interface PageTotalsProps {
  summary: PageSummary;
  /** Paused by settings: the content script may not have reported it yet. */
  paused: boolean;
}

const STATUS_TEXT: Record<PageSummary['status'], string> = {
  scanning: 'Still scanning…',
  done: 'Scan complete; new posts are scanned as they appear.',
  paused: 'Paused on this site.',
};

/** The page's claim count and hype level at a glance. */
export function PageTotals({ summary, paused }: PageTotalsProps) {
  const level = hypeLevel(summary.claims);
  const status = paused ? 'paused' : summary.status;
  return (
    <section className={`hl-totals hl-totals--${level}`} aria-label="This page">
      <p className="hl-totals__count">
        <span data-testid="claim-count">{summary.claims.length}</span>
        <span className="hl-totals__unit">
          {claimsLabel(summary.claims.length).replace(/^\d+ /, '')}
        </span>
      </p>
      <div className="hl-totals__text">
        <p className="hl-totals__level" data-level={level}>
          {HYPE_LEVEL_LABEL[level]}
        </p>
        <p className="hl-totals__status" data-status={status}>
          {STATUS_TEXT[status]}
        </p>
      </div>
    </section>
  );
}
