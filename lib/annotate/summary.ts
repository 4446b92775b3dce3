import type { ClaimSummary, PageSummary } from '../messaging/protocol';
import type { Claim } from './types';

/** Longest post excerpt sent to the popup. */
export const EXCERPT_LENGTH = 160;

/** Most claims one summary carries; a page with more is still counted by its first ones. */
export const MAX_SUMMARY_CLAIMS = 500;

/** A claim as the popup and badge see it: text only, no page nodes. */
export function summarizeClaim(claim: Claim): ClaimSummary {
  const text = claim.block.text.replace(/\s+/g, ' ').trim();
  return {
    id: claim.id,
    ruleId: claim.finding.ruleId,
    category: claim.finding.category,
    severity: claim.finding.severity,
    quote: claim.finding.quote,
    postId: claim.id.slice(0, claim.id.indexOf('-')),
    postKind: claim.block.kind,
    postExcerpt: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text,
  };
}

/** The page summary reported to the background after each pass. */
export function pageSummary(
  url: string,
  site: string,
  status: PageSummary['status'],
  claims: readonly Claim[],
  now: number = Date.now(),
): PageSummary {
  return {
    url,
    site,
    status,
    claims: claims.slice(0, MAX_SUMMARY_CLAIMS).map(summarizeClaim),
    updatedAt: now,
  };
}
