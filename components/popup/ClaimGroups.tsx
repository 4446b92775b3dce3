import type { ClaimSummary } from '@/lib/messaging';
import { groupByPost, ruleTitle } from '@/lib/summary';

/** Props of {@link ClaimGroups}. */
export interface ClaimGroupsProps {
  claims: readonly ClaimSummary[];
  /** Asks the page to scroll to a claim and flash it. */
  onReveal: (claimId: string) => void;
}

/** The page's claims grouped by post; each claim is a button that shows it on the page. */
export function ClaimGroups({ claims, onReveal }: ClaimGroupsProps) {
  const groups = groupByPost(claims);
  return (
    <section className="hl-posts" aria-labelledby="hl-posts-title">
      <h2 id="hl-posts-title">Claims by post</h2>
      <ol className="hl-posts__list">
        {groups.map((post) => (
          <li key={post.postId} className="hl-post" data-post-id={post.postId}>
            <p className="hl-post__excerpt" title={post.postExcerpt}>
              {post.postExcerpt}
            </p>
            <ul className="hl-post__claims">
              {post.claims.map((claim) => (
                <li key={claim.id}>
                  <button
                    type="button"
                    className={`hl-claim hl-claim--${claim.severity}`}
                    data-claim-id={claim.id}
                    onClick={() => onReveal(claim.id)}
                  >
                    <span className="hl-claim__quote">“{claim.quote}”</span>
                    <span className="hl-claim__rule">
                      {ruleTitle(claim.ruleId)} · {claim.severity}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
