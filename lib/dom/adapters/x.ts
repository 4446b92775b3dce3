import type { SiteAdapter } from '../types';

/** X (Twitter): each tweet is an article; its words are in tweetText, not the author line. */
export const xAdapter: SiteAdapter = {
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  blocks: [
    {
      selector: 'article[data-testid="tweet"]',
      kind: 'post',
      textSelector: '[data-testid="tweetText"]',
    },
    // Profile bios are where "DM me for the system" funnels usually start.
    { selector: '[data-testid="UserDescription"]', kind: 'description' },
  ],
};
