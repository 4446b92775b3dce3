import type { SiteAdapter } from '../types';

/** The places Facebook has kept a story's own message over the years. */
const MESSAGE =
  '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]';

/** Facebook: feed stories are role=article; comments are role=article nested inside them. */
export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  hosts: ['facebook.com'],
  blocks: [
    {
      selector: 'div[role="article"] div[role="article"]',
      kind: 'comment',
      textSelector: 'div[dir="auto"]',
    },
    { selector: 'div[role="article"]', kind: 'post', textSelector: `${MESSAGE}, div[dir="auto"]` },
  ],
};
