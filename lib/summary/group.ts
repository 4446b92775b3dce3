import type { ClaimSummary } from '../messaging/protocol';

/** One post of the page with the claims found in it. */
export interface PostGroup {
  postId: string;
  postKind: string;
  postExcerpt: string;
  claims: ClaimSummary[];
}

/** Groups claims by the post they were found in, keeping the page's order of first appearance. */
export function groupByPost(claims: readonly ClaimSummary[]): PostGroup[] {
  const groups = new Map<string, PostGroup>();
  for (const claim of claims) {
    let group = groups.get(claim.postId);
    if (!group) {
      group = {
        postId: claim.postId,
        postKind: claim.postKind,
        postExcerpt: claim.postExcerpt,
        claims: [],
      };
      groups.set(claim.postId, group);
    }
    group.claims.push(claim);
  }
  return [...groups.values()];
}
