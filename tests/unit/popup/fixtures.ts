import type { ClaimSummary, PageSummary } from '@/lib/messaging';

/** A claim for tests; fields not given get plausible values. */
export function claim(overrides: Partial<ClaimSummary> & { id: string }): ClaimSummary {
  return {
    ruleId: 'autopilot-income',
    category: 'front-loaded-effort',
    severity: 'medium',
    quote: 'on autopilot',
    postId: 'p1',
    postKind: 'post',
    postExcerpt: 'I make $6k a month on autopilot',
    ...overrides,
  };
}

/** A page summary for tests. */
export function pageSummary(overrides: Partial<PageSummary> = {}): PageSummary {
  return {
    url: 'https://feed.example/home',
    site: 'generic',
    status: 'done',
    claims: [],
    updatedAt: Date.UTC(2025, 0, 2, 3, 4, 5),
    ...overrides,
  };
}

/** A feed with two posts: three claims of mixed severity and category. */
export const FEED_CLAIMS: ClaimSummary[] = [
  claim({ id: 'c1', quote: 'on autopilot', postId: 'p1' }),
  claim({
    id: 'c2',
    ruleId: 'guaranteed-income',
    category: 'guarantees',
    severity: 'high',
    quote: 'guaranteed $500 a day',
    postId: 'p1',
  }),
  claim({
    id: 'c3',
    ruleId: 'money-while-you-sleep',
    category: 'front-loaded-effort',
    severity: 'low',
    quote: 'while you sleep',
    postId: 'p2',
    postExcerpt: 'Earn while you sleep with my course',
  }),
];
